// The proof that reconciliation past ENTITY_GRAPH_MAX_TRIPLES (StoreReconciler: candidates and
// records read through the engine per request) answers as the in-memory index of the whole graph
// does: the same JSON for the reconciliation tests' queries and OpenRefine-style batches, for
// every entity of the bundled graph queried by each of its names, its id and its IRI, with and
// without its type, for suggest prefixes, previews and data extension of every property for
// every entity: all identical. The one difference by design (a query of properties alone) has
// its own test below; the others possible on larger stores are in the README ("Scaling out").
// Runs on the embedded Oxigraph engine, and with TEST_SPARQL_BACKEND in front of the real
// Virtuoso (.ci/run's remote pass), where the same queries are answered by the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalEntityGraph } from '../../../src/domain/entity/canonical-graph.js';
import { NeighbourhoodSource } from '../../../src/domain/entity/neighbourhood-source.js';
import { PROPERTIES } from '../../../src/domain/reconcile/entity-properties.js';
import { normaliseName } from '../../../src/domain/reconcile/name-similarity.js';
import { buildReconcileIndex, type ReconcileIndex } from '../../../src/domain/reconcile/reconcile-index.js';
import { indexReconciler, type Reconciler } from '../../../src/domain/reconcile/reconciler.js';
import type { ReconcileQuery } from '../../../src/domain/reconcile/reconcile-types.js';
import { StoreReconciler } from '../../../src/domain/reconcile/store-reconciler.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import type { QueryEngine } from '../../../src/engine/query-engine.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { previewCard } from '../../../src/http/reconcile/preview-card.js';
import { startRemoteEngine, TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';
import { OPENREFINE_BATCH } from '../../helpers/openrefine-batch.js';

const CONFIG = { ...DEFAULT_ENGINE_CONFIG, maxRows: 100_000, timeoutMs: 60_000, federation: false };
const PARALLEL = 4;

let engine: QueryEngine;
let index: ReconcileIndex;
let memory: Reconciler;
let store: StoreReconciler;

beforeAll(async () => {
  engine = TEST_BACKEND ? await startRemoteEngine(CONFIG) : await EngineService.start(CONFIG, () => undefined);
  const whole = canonicalEntityGraph(await engine.construct('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'));
  index = buildReconcileIndex(whole.store);
  memory = indexReconciler(() => index);
  const from = engine instanceof RemoteSparqlEngine ? engine.remote.defaultGraphs : [];
  store = new StoreReconciler(engine, new NeighbourhoodSource(engine, { from }), from);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

/** Runs `each` over `items`, PARALLEL at a time; returns the keys whose answers differ, with both answers. */
async function differences<T>(items: readonly T[], key: (item: T) => string, each: (r: Reconciler, item: T) => Promise<unknown>): Promise<Record<string, { memory: string; store: string }>> {
  const out: Record<string, { memory: string; store: string }> = {};
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(
      items.slice(i, i + PARALLEL).map(async (item) => {
        const [a, b] = await Promise.all([each(memory, item), each(store, item)]);
        const [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
        if (ja !== jb) out[key(item)] = { memory: ja, store: jb };
      }),
    );
  }
  return out;
}


/** The other reconciliation tests' queries (tests/http/reconcile*.test.ts, match-query.test.ts), hard cases included. */
const OTHER_QUERIES: readonly ReconcileQuery[] = [
  { query: '王宇', type: 'Person', limit: 3 },
  { query: 'Wang Yu' },
  { query: '  Wang   YU ' },
  { query: 'Wang Yu (lawyer)' },
  { query: '王 宇' },
  { query: 'ＣＡＴ' },
  { query: 'People’s Republic of China' },
  { query: 'The Global Times' },
  { query: '王峭嶺' },
  { query: 'Yu Wang' },
  { query: '王' },
  { query: 'Li He' },
  { query: 'Wang Yu lawyer' },
  { query: 'Committee' },
  { query: 'CAT', type: 'Place' },
  { query: 'Beijing', type: 'Person' },
  { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: 'Ireland' }] },
  { query: 'Cao Shunli', properties: [{ pid: 'citizenship', v: 'China' }] },
  { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: 'China' }] },
  { query: 'Li He ping lawyer', type: 'Person' },
  { query: 'Li He ping lawyer', type: 'Person', properties: [{ pid: 'charge', v: 'subversion of state power' }] },
  { query: 'Cao Shunli', properties: [{ pid: 'name_zh', v: '曹顺利' }] },
  { query: 'Jiang Tianyong', properties: [{ pid: 'detention_start', v: '2016-11-21' }, { pid: 'role', v: 'lawyer' }] },
  { query: 'Cao Shunly', type: 'Person' },
  { query: 'Cao Shunli', limit: 50 },
  { query: 'Wang', limit: 50 },
  { query: 'Li', limit: 50 },
  { query: 'china', limit: 50 },
  { query: 'person/cao-shunli' },
  { query: 'https://w3id.org/hrd-reprisals/id/person/cao-shunli', type: 'Person' },
  { query: 'person%2Fcao-shunli' },
  { query: 'Cao Shunli', type: 'Planet' },
  { query: '   ' },
  { query: 'Cao Shunli', limit: 0 },
  { query: 'Cao Shunli', properties: [{ pid: 'Country', v: 'China' }] },
  // Text that must stay text inside the store's query (candidate-query.ts, sparql-literal.ts).
  { query: 'Cao "Shunli"' },
  { query: 'Wang Yu" } } DROP ALL ; SELECT * { ?s ?p "' },
  { query: 'back\\slash\\ and \\" quote' },
  { query: 'line\nbreak\r\nWang\tYu' },
  { query: '{王宇} <曹顺利> #江天勇' },
  { query: "Qin Yongmin's" },
];

/** A typo a researcher's cell may hold: two letters inside the longest word swapped. */
function typo(name: string): string | undefined {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 5 || /\p{Script=Han}/u.test(longest)) return undefined;
  const m = Math.floor(longest.length / 2);
  const swapped = longest.slice(0, m - 1) + longest[m] + longest[m - 1] + longest.slice(m + 1);
  return words.map((w) => (w === longest ? swapped : w)).join(' ');
}

describe('reconciliation read from the store per request answers as the whole graph', () => {
  it('the OpenRefine batch of 20 queries and the other tests\' queries', async () => {
    expect(JSON.stringify(await store.batch(OPENREFINE_BATCH))).toBe(JSON.stringify(await memory.batch(OPENREFINE_BATCH)));
    const batch = Object.fromEntries(OTHER_QUERIES.map((q, i) => [`q${i}`, q]));
    const [a, b] = await Promise.all([memory.batch(batch), store.batch(batch)]);
    for (const key of Object.keys(batch)) expect({ key, query: batch[key], answer: b[key] }).toEqual({ key, query: batch[key], answer: a[key] });
  });

  it('differs by design for a query of properties alone: a warning instead of a scan of the store', async () => {
    const query: ReconcileQuery = { properties: [{ pid: 'name_zh', v: '曹顺利' }] };
    expect((await memory.batch({ q0: query })).q0?.result.length).toBeGreaterThan(0);
    const answer = (await store.batch({ q0: query })).q0;
    expect(answer?.result).toEqual([]);
    expect(answer?.warnings?.[0]?.message).toMatch(/^Query "q0": .*ENTITY_GRAPH_MAX_TRIPLES.*"query" string/u);
  });

  it('every entity by each of its names, a typo of it, its id and its IRI, with and without its type', async () => {
    const queries: ReconcileQuery[] = [];
    for (const e of index.entities) {
      for (const name of e.names) {
        queries.push({ query: name.value }, { query: name.value, type: e.types[0]?.id ?? '' });
        const t = typo(name.value);
        if (t) queries.push({ query: t });
      }
      queries.push({ query: e.id }, { query: e.iri, type: e.types.map((t) => t.id) });
    }
    expect(queries.length).toBeGreaterThan(500);
    const diff = await differences(queries, (q) => JSON.stringify(q), async (r, q) => (await r.batch({ q0: q })).q0);
    expect(diff).toEqual({});
  }, 600_000);

  it('suggest: the first letters of every name, with and without the type, and pages', async () => {
    const asks = new Set<string>();
    for (const e of index.entities) {
      for (const name of e.names) {
        const p = [...normaliseName(name.value)].slice(0, 3).join('');
        asks.add(JSON.stringify([p, undefined, {}]));
        asks.add(JSON.stringify([p, e.types[0]?.id, {}]));
      }
    }
    for (const cursor of [0, 5, 10]) asks.add(JSON.stringify(['china', undefined, { cursor, limit: 5 }]));
    asks.add(JSON.stringify(['wang', 'Person', { cursor: 1, limit: 2 }]));
    asks.add(JSON.stringify(['https://w3id.org/hrd-reprisals/id/person/cao-shunli', undefined, {}]));
    const diff = await differences([...asks], (a) => a, async (r, a) => {
      const [prefix, type, page] = JSON.parse(a) as [string, string | undefined, { cursor?: number; limit?: number }];
      return r.suggest(prefix, type ?? undefined, page);
    });
    expect(diff).toEqual({});
  }, 600_000);

  it('previews of every entity, and data extension of every property for every entity', async () => {
    const ids = [...index.entities.map((e) => e.id), 'person/no-such-person', 'not an id'];
    const previews = await differences(ids, (id) => id, async (r, id) => {
      const found = await r.resolve(id);
      return found ? previewCard(found.index, found.entity, `https://example.org/id/${found.entity.id}`).value : null;
    });
    expect(previews).toEqual({});
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += 20) chunks.push(ids.slice(i, i + 20));
    const properties = PROPERTIES.map((p) => ({ id: p.id }));
    const extended = await differences(chunks, (c) => c.join(','), async (r, c) => r.extend({ ids: c, properties }));
    expect(extended).toEqual({});
  }, 600_000);
});
