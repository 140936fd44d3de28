// The proof that /api/acts past ENTITY_GRAPH_MAX_TRIPLES (StoreActList: the total and one page of
// IRIs read through the engine, items framed from their neighbourhoods) answers as the whole
// graph does: every page at several sizes, year filters, an empty and a too-deep page, and the
// same 400s; byte-identical bodies. A filter the store cannot apply (act type, charge, place, UN
// body) is a 503 naming the limit instead. Runs on the embedded engine, and with
// TEST_SPARQL_BACKEND in front of the real Virtuoso.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStoreActList, StoreActList } from '../../../src/domain/api/store-act-list.js';
import { canonicalEntityGraph } from '../../../src/domain/entity/canonical-graph.js';
import type { EntityGraph } from '../../../src/domain/entity/entity-graph.js';
import { NeighbourhoodSource } from '../../../src/domain/entity/neighbourhood-source.js';
import { setWholeGraphOff, sharedEntityGraph } from '../../../src/domain/entity/shared-entity-graph.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import type { QueryEngine } from '../../../src/engine/query-engine.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { apiRoutes } from '../../../src/http/api/api-routes.js';
import { errorMiddleware } from '../../../src/http/errors.js';
import { startRemoteEngine, TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';

const CONFIG = { ...DEFAULT_ENGINE_CONFIG, maxRows: 100_000, timeoutMs: 60_000, federation: false };
const PUBLIC = 'https://example.org/';

let engine: QueryEngine;
let whole: EntityGraph;
const servers: Server[] = [];
let fromWhole = '';
let fromStore = '';

async function serve(routes: ReturnType<typeof apiRoutes>): Promise<string> {
  const app = express();
  app.get('/api/acts', routes.list('acts'));
  app.use(errorMiddleware(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  engine = TEST_BACKEND ? await startRemoteEngine(CONFIG) : await EngineService.start(CONFIG, () => undefined);
  whole = canonicalEntityGraph(await engine.construct('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'));
  const from = engine instanceof RemoteSparqlEngine ? engine.remote.defaultGraphs : [];
  const source = new NeighbourhoodSource(engine, { from });
  // As src/engine/create-engine.ts does past the limit: no whole graph; the act list reads the store.
  setWholeGraphOff(engine.info().triples, 1);
  setStoreActList(new StoreActList(engine, from));
  fromWhole = await serve(apiRoutes(() => whole, PUBLIC));
  fromStore = await serve(apiRoutes(sharedEntityGraph, PUBLIC, (iri) => source.graphFor(iri)));
}, 120_000);

afterAll(async () => {
  setStoreActList(undefined);
  for (const server of servers) server.close();
  await engine?.close();
});

async function get(base: string, path: string): Promise<{ status: number; body: string }> {
  const res = await fetch(base + path, { headers: { accept: 'application/json' } });
  return { status: res.status, body: await res.text() };
}

describe('/api/acts read from the store per request answers as the whole graph', () => {
  it('every page at sizes 7, 20 and 100, with and without years; empty, deep and refused pages', async () => {
    const first = JSON.parse((await get(fromWhole, '/api/acts?limit=1')).body) as { total: number };
    expect(first.total).toBeGreaterThan(20);
    const paths: string[] = [];
    for (const limit of [7, 20, 100]) for (let offset = 0; offset < first.total + limit; offset += limit) paths.push(`/api/acts?limit=${limit}&offset=${offset}`);
    paths.push('/api/acts', '/api/acts?from=2013', '/api/acts?to=2012', '/api/acts?from=2014&to=2015&limit=5&offset=5', '/api/acts?from=2016&to=2016&limit=100', '/api/acts?from=2100', `/api/acts?offset=${first.total}`, '/api/acts?offset=9007199254740991');
    paths.push('/api/acts?limit=0', '/api/acts?from=2016&to=2014', '/api/acts?colour=red', '/api/acts?from=1850', '/api/acts?format=json&limit=3');
    for (const path of paths) {
      const [a, b] = await Promise.all([get(fromWhole, path), get(fromStore, path)]);
      expect({ path, status: b.status, body: b.body }).toEqual({ path, status: a.status, body: a.body });
    }
  }, 300_000);

  it.each(['type=detention', 'charge=subversion-of-state-power', 'place=china', 'unBody=cat'])('a filter the store cannot apply (%s) is a 503 naming the limit', async (filter) => {
    const res = await get(fromStore, `/api/acts?${filter}`);
    expect(res.status).toBe(503);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('whole_graph_off');
    expect(body.error.message).toContain(`by "${filter.split('=')[0]}"`);
    expect(body.error.message).toContain('ENTITY_GRAPH_MAX_TRIPLES');
  });
});
