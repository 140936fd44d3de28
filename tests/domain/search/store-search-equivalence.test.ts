// The proof that the site search past ENTITY_GRAPH_MAX_TRIPLES (StoreSearch: names and acts read
// through the engine per request) answers as the in-memory indexes of the whole graph do: the
// same hits, in the same order, with the same scores, for every entity's names, their first
// letters and a typo of them, the words of every act's label and act types (one, two, and with
// stop words), Chinese, one-letter and hostile text. Runs on the embedded Oxigraph engine, and with
// TEST_SPARQL_BACKEND in front of the real Virtuoso.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalEntityGraph } from '../../../src/domain/entity/canonical-graph.js';
import type { EntityGraph } from '../../../src/domain/entity/entity-graph.js';
import { normaliseName } from '../../../src/domain/reconcile/name-similarity.js';
import { buildReconcileIndex } from '../../../src/domain/reconcile/reconcile-index.js';
import { STOP_WORDS } from '../../../src/domain/search/act-search.js';
import { StoreSearch } from '../../../src/domain/search/store-search.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import type { QueryEngine } from '../../../src/engine/query-engine.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { searchInMemory } from '../../../src/http/search/search-routes.js';
import { REP } from '../../../src/vocab.js';
import { startRemoteEngine, TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';

const CONFIG = { ...DEFAULT_ENGINE_CONFIG, maxRows: 100_000, timeoutMs: 60_000, federation: false };
const PARALLEL = 4;

let engine: QueryEngine;
let whole: EntityGraph;
let store: StoreSearch;

beforeAll(async () => {
  engine = TEST_BACKEND ? await startRemoteEngine(CONFIG) : await EngineService.start(CONFIG, () => undefined);
  whole = canonicalEntityGraph(await engine.construct('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'));
  store = new StoreSearch(engine, engine instanceof RemoteSparqlEngine ? engine.remote.defaultGraphs : []);
}, 120_000);

afterAll(async () => {
  await engine?.close();
});

async function differences(queries: readonly string[], limit: number): Promise<Record<string, { memory: string; store: string }>> {
  const out: Record<string, { memory: string; store: string }> = {};
  for (let i = 0; i < queries.length; i += PARALLEL) {
    await Promise.all(
      queries.slice(i, i + PARALLEL).map(async (q) => {
        const a = JSON.stringify(searchInMemory(whole, q, limit));
        const b = JSON.stringify(await store.search(q, limit));
        if (a !== b) out[q] = { memory: a, store: b };
      }),
    );
  }
  return out;
}

function typo(word: string): string {
  if (word.length < 5) return word;
  const m = Math.floor(word.length / 2);
  return word.slice(0, m - 1) + word[m] + word[m - 1] + word.slice(m + 1);
}

describe('search read from the store per request answers as the whole graph', () => {
  it('names: every name, its first letters and a typo of it', async () => {
    const queries = new Set<string>();
    for (const e of buildReconcileIndex(whole.store).entities) {
      for (const name of e.names) {
        queries.add(name.value);
        queries.add([...normaliseName(name.value)].slice(0, 3).join(''));
        queries.add(name.value.split(' ').map(typo).join(' '));
      }
    }
    expect(queries.size).toBeGreaterThan(300);
    expect(await differences([...queries], 20)).toEqual({});
  }, 600_000);

  it('acts: the words of every act label and act type, alone, in pairs, with stop words, and a typo', async () => {
    const queries = new Set<string>();
    for (const act of whole.instancesOf(REP.ReprisalAct)) {
      const words = normaliseName(whole.label(act) ?? '').split(' ').filter((w) => w.length >= 3);
      for (const [i, word] of words.entries()) {
        queries.add(word);
        if (words[i + 1]) queries.add(`${word} ${words[i + 1]}`);
        queries.add(typo(word));
      }
      for (const type of whole.objects(act, REP.actType)) queries.add(whole.label(type.value) ?? '');
    }
    for (const stop of STOP_WORDS) queries.add(`${stop} detained`);
    expect(queries.size).toBeGreaterThan(300);
    expect(await differences([...queries].filter((q) => q !== ''), 20)).toEqual({});
  }, 600_000);

  it('Chinese, short, long-limit and hostile text', async () => {
    const queries = ['王', '王宇', '曹顺利', '北京', 'a', 'ab', 'wang', 'china', 'detention', 'Cao "Shunli"', 'x" } DROP ALL { "', 'back\\slash', 'line\nbreak', '{王宇} <a> #b', "Qin Yongmin's", '   ', '!!!'];
    expect(await differences(queries, 50)).toEqual({});
  }, 600_000);
});
