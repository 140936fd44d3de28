// The proof that per-request neighbourhood reads (src/domain/entity/neighbourhood-query.ts) hold
// everything an entity's representations read: for EVERY entity IRI of the bundled graph, the HTML
// page, Turtle and JSON-LD served from the neighbourhood read through the engine are byte-identical
// to those served from the whole graph read through the same engine; and so is every JSON-LD API
// item. Both graphs are in canonical order (canonical-graph.ts), so the comparison is of content.
// Runs on the embedded Oxigraph engine, and with TEST_SPARQL_BACKEND in front of the real Virtuoso
// (.ci/run's remote pass), where the same CONSTRUCT is answered by the store.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IRI } from '../../../src/config.js';
import { KIND_IRI_SEGMENT } from '../../../src/domain/api/api-catalog.js';
import { itemsOfKind, RESOURCE_KINDS } from '../../../src/domain/api/resource-graph.js';
import { canonicalEntityGraph } from '../../../src/domain/entity/canonical-graph.js';
import type { EntityGraph } from '../../../src/domain/entity/entity-graph.js';
import { NeighbourhoodSource } from '../../../src/domain/entity/neighbourhood-source.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import type { QueryEngine } from '../../../src/engine/query-engine.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { apiRoutes } from '../../../src/http/api/api-routes.js';
import { errorMiddleware } from '../../../src/http/errors.js';
import { linkedDataRoutes } from '../../../src/http/linked-data/linked-data-routes.js';
// Registers the entity pages' timeline and network slots, as routes.ts does.
import '../../../src/http/viz/viz-handlers.js';
import { startRemoteEngine, TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';

// A generous time limit: the remote pass shares the machine with the rest of the suite.
const CONFIG = { ...DEFAULT_ENGINE_CONFIG, maxRows: 100_000, timeoutMs: 60_000, federation: false };
const PARALLEL = 4;
const FORMATS = ['html', 'ttl', 'jsonld'] as const;
/** One public address for both apps, so that JSON-LD's @context URL does not name their ports. */
const PUBLIC = 'https://example.org/';

let engine: QueryEngine;
let whole: EntityGraph;
let source: NeighbourhoodSource;
const servers: Server[] = [];
let fromWhole = '';
let fromNeighbourhood = '';

/** An app serving entity pages and API items from `graphFor`, on a port of its own. */
async function serve(graphFor: (iri: string) => Promise<EntityGraph>): Promise<string> {
  const app = express();
  const ld = linkedDataRoutes(() => whole, PUBLIC, undefined, graphFor);
  const api = apiRoutes(() => whole, PUBLIC, graphFor);
  app.get(/^\/(id|vocab)\//u, ld.entity);
  app.get('/resource', ld.resource);
  for (const kind of RESOURCE_KINDS) app.get(`/api/${kind}/:slug`, api.item(kind));
  app.use(errorMiddleware(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(base + path);
  return { status: res.status, body: await res.text() };
}

beforeAll(async () => {
  engine = TEST_BACKEND ? await startRemoteEngine(CONFIG) : await EngineService.start(CONFIG, () => undefined);
  const all = await engine.construct('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
  // The reference is the whole graph the engine serves, not a part of it.
  expect(all.length).toBe(engine.info().triples);
  whole = canonicalEntityGraph(all);
  // As create-engine.ts builds it: in front of a store, its default graphs as FROM.
  source = new NeighbourhoodSource(engine, engine instanceof RemoteSparqlEngine ? { from: engine.remote.defaultGraphs } : {});
  fromWhole = await serve(async () => whole);
  fromNeighbourhood = await serve((iri) => source.graphFor(iri));
}, 120_000);

afterAll(async () => {
  for (const server of servers) server.close();
  await engine?.close();
});

/** Every dereferenceable IRI of the data: /id/… and /vocab/… resources (hash IRIs are parts of their page). */
function entityIris(): string[] {
  const iris = new Set<string>();
  for (const quad of whole.store.getQuads(null, null, null, null)) {
    for (const term of [quad.subject, quad.object]) {
      if (term.termType !== 'NamedNode' || term.value.includes('#')) continue;
      if (term.value.startsWith(`${BASE_IRI}id/`) || term.value.startsWith(`${BASE_IRI}vocab/`)) iris.add(term.value);
    }
  }
  return [...iris].sort();
}

describe('entity representations from the per-request neighbourhood', () => {
  it('are byte-identical to those from the whole graph, for every entity IRI (HTML, Turtle, JSON-LD)', async () => {
    const iris = entityIris();
    expect(iris.length).toBeGreaterThan(600);
    const differing: string[] = [];
    let largest = 0;
    let networks = 0;
    const compare = async (iri: string) => {
      for (const format of FORMATS) {
        const path = `${iri.slice(BASE_IRI.length - 1)}?format=${format}`;
        const [a, b] = await Promise.all([get(fromWhole, path), get(fromNeighbourhood, path)]);
        expect(a.status, path).toBe(200);
        expect(b.status, `${path}: ${b.body.slice(0, 200)}`).toBe(200);
        if (a.body !== b.body) differing.push(path);
        if (format === 'html' && a.body.includes('id="entity-network"')) networks += 1;
      }
      largest = Math.max(largest, (await source.graphFor(iri)).store.size);
    };
    // A few entities at a time (a store answers several queries at once; bounded).
    for (let i = 0; i < iris.length; i += PARALLEL) await Promise.all(iris.slice(i, i + PARALLEL).map(compare));
    expect(differing).toEqual([]);
    // Each entity was read from the store once, as a graph much smaller than the whole.
    expect(source.reads).toBe(iris.length);
    expect(largest).toBeLessThan(whole.store.size / 2);
    // The pages compared carry the parts read furthest away (the network section's nodes and edges).
    expect(networks).toBeGreaterThan(50);
  }, 900_000);

  it('and so is every JSON-LD API item (/api/{kind}/{slug})', async () => {
    let items = 0;
    const differing: string[] = [];
    for (const kind of RESOURCE_KINDS) {
      // Items whose IRI is under the kind's path (a State is an organisation with an /id/state/ IRI: no item path).
      for (const iri of itemsOfKind(whole, kind).filter((i) => i.startsWith(`${BASE_IRI}id/${KIND_IRI_SEGMENT[kind]}/`))) {
        const path = `/api/${kind}/${iri.slice(iri.lastIndexOf('/') + 1)}`;
        const [a, b] = await Promise.all([get(fromWhole, path), get(fromNeighbourhood, path)]);
        expect(a.status, path).toBe(200);
        if (a.body !== b.body) differing.push(path);
        items += 1;
      }
    }
    expect(differing).toEqual([]);
    expect(items).toBeGreaterThan(100);
  }, 600_000);

  it('the comparison is sensitive: a page from the entity\'s own triples only differs from the real one', async () => {
    const iri = `${BASE_IRI}id/person/cao-shunli`;
    const own = canonicalEntityGraph(whole.outgoing(whole.store.getQuads(iri, null, null, null)[0]!.subject));
    const bare = await serve(async () => own);
    const [real, partial] = await Promise.all([get(fromWhole, '/id/person/cao-shunli'), get(bare, '/id/person/cao-shunli')]);
    expect(partial.status).toBe(200);
    expect(partial.body).not.toBe(real.body);
  });

  it('/resource?iri= describes an IRI of the data as its path does, and refuses an IRI no query can hold', async () => {
    const iri = `${BASE_IRI}id/person/cao-shunli`;
    const [page, resource] = await Promise.all([get(fromNeighbourhood, '/id/person/cao-shunli?format=ttl'), get(fromNeighbourhood, `/resource?iri=${encodeURIComponent(iri)}&format=ttl`)]);
    expect(resource.status).toBe(200);
    expect(resource.body).toBe(page.body);
    const reads = source.reads;
    for (const hostile of [`${iri}> ?p ?o } #`, `${iri}>{`, `${iri} x`, `${iri}"`, `${iri}\\u003E`, `${iri}|`, `${iri}^`, `${iri}\``, `${iri}\n`]) {
      const res = await get(fromNeighbourhood, `/resource?iri=${encodeURIComponent(hostile)}`);
      expect(res.status, hostile).toBe(400);
      expect(res.body).toMatch(/may not contain/u);
    }
    // Refused before any query reached the store.
    expect(source.reads).toBe(reads);
  });
});
