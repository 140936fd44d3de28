// Without the whole graph in the process (as in front of a store past ENTITY_GRAPH_MAX_TRIPLES,
// src/engine/create-engine.ts), entity pages, their RDF, /resource and the API's items are built
// from neighbourhoods read through the engine per request, and the views that need the whole
// graph answer 503 `whole_graph_off` naming the limit and the variable, except reconciliation and
// search, which read the store per request (store-reconciler.ts, store-search.ts; their
// equivalence with the whole graph: tests/domain/{reconcile,search}/*-equivalence.test.ts). Here on the embedded
// engine (the same as tests/engine/remote/entity-graph-limit.test.ts does in front of Virtuoso).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighbourhoodSource } from '../../../src/domain/entity/neighbourhood-source.js';
import { setSharedEntitySource, setWholeGraphOff } from '../../../src/domain/entity/shared-entity-graph.js';
import { setStoreReconciler } from '../../../src/domain/reconcile/shared-reconciler.js';
import { StoreReconciler } from '../../../src/domain/reconcile/store-reconciler.js';
import { setStoreSearch } from '../../../src/domain/search/shared-store-search.js';
import { setStoreActList, StoreActList } from '../../../src/domain/api/store-act-list.js';
import { StoreSearch } from '../../../src/domain/search/store-search.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import { createApp } from '../../../src/http/app.js';
import { BadGatewayError, QueryTimeoutError } from '../../../src/http/errors.js';
import { createHttpServer } from '../../../src/http/http-server.js';

let engine: EngineService;
let source: NeighbourhoodSource;
let server: Server;
let url = '';

beforeAll(async () => {
  engine = await EngineService.start({ ...DEFAULT_ENGINE_CONFIG, federation: false }, () => undefined);
  source = new NeighbourhoodSource(engine);
  setWholeGraphOff(engine.info().triples, 1);
  setSharedEntitySource(source);
  // As src/engine/create-engine.ts does past the limit.
  setStoreReconciler(new StoreReconciler(engine, source));
  setStoreSearch(new StoreSearch(engine));
  setStoreActList(new StoreActList(engine));
  server = createHttpServer(createApp({ engine, log: () => undefined })).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await engine.close();
});

describe('no whole graph in the process', () => {
  it('entity pages, RDF, /resource and API items answer from per-request reads', async () => {
    const html = await fetch(`${url}/id/person/cao-shunli`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain('曹顺利');
    expect(page).toContain('id="entity-network"');
    const nt = await fetch(`${url}/resource?iri=${encodeURIComponent('https://w3id.org/hrd-reprisals/id/person/cao-shunli')}&format=nt`);
    expect(nt.status).toBe(200);
    expect(await nt.text()).toContain('<https://w3id.org/hrd-reprisals/id/person/cao-shunli> <http://www.w3.org/2000/01/rdf-schema#label> "Cao Shunli"@en');
    const item = await fetch(`${url}/api/persons/cao-shunli`);
    expect(item.status).toBe(200);
    expect(((await item.json()) as Record<string, unknown>)['id']).toBe('https://w3id.org/hrd-reprisals/id/person/cao-shunli');
    expect((await fetch(`${url}/id/person/no-such-person`)).status).toBe(404);
    expect(source.reads).toBeGreaterThanOrEqual(2);
  });

  it('answers reconciliation queries, suggest, preview and extend from per-request reads', async () => {
    const batch = await fetch(`${url}/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Cao Shunli', type: 'Person' }, q1: { query: '江天勇' } }))}`);
    expect(batch.status).toBe(200);
    const answers = (await batch.json()) as Record<string, { result: { id: string; match: boolean }[] }>;
    expect(answers['q0']?.result[0]).toMatchObject({ id: 'person/cao-shunli', match: true });
    expect(answers['q1']?.result[0]).toMatchObject({ id: 'person/jiang-tianyong', match: true });
    const suggest = (await (await fetch(`${url}/reconcile/suggest/entity?prefix=cao`)).json()) as { result: { id: string }[] };
    expect(suggest.result.map((r) => r.id)).toContain('person/cao-shunli');
    const preview = await fetch(`${url}/reconcile/preview?id=person/cao-shunli`);
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('曹顺利');
    expect((await fetch(`${url}/reconcile/preview?id=person/no-such-person`)).status).toBe(404);
    const extend = await fetch(`${url}/reconcile?extend=${encodeURIComponent(JSON.stringify({ ids: ['person/cao-shunli'], properties: [{ id: 'name_zh' }] }))}`);
    expect(((await extend.json()) as { rows: Record<string, unknown> }).rows).toEqual({ 'person/cao-shunli': { name_zh: [{ str: '曹顺利' }] } });
  });

  it('answers a query of properties alone with a warning saying why, and hostile text as any other', async () => {
    const res = await fetch(`${url}/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { properties: [{ pid: 'name_zh', v: '曹顺利' }] }, q1: { query: '" } DROP ALL { "\\\n王' } }))}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, { result: unknown[]; warnings?: { message: string }[] }>;
    expect(body['q0']).toMatchObject({ result: [], warnings: [{ type: 'invalid_query' }] });
    expect(body['q0']?.warnings?.[0]?.message).toContain('ENTITY_GRAPH_MAX_TRIPLES');
    expect(body['q1']?.warnings).toBeUndefined();
  });

  it.each([
    ['a time-out', () => new QueryTimeoutError(10_000), 503, 'query_timeout'],
    ['an unreachable store', () => new BadGatewayError('The SPARQL store at http://127.0.0.1:1/sparql did not answer.'), 502, 'bad_gateway'],
  ] as const)('a store failure (%s) is the service\'s usual error, never a stack trace', async (_name, error, status, code) => {
    const failing = { select: () => Promise.reject(error()), construct: () => Promise.reject(error()), info: () => engine.info() };
    setStoreReconciler(new StoreReconciler(failing, { graphFor: () => Promise.reject(error()) }));
    try {
      for (const path of [`/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Cao Shunli' } }))}`, '/reconcile/suggest/entity?prefix=cao', '/reconcile/preview?id=person/cao-shunli']) {
        const res = await fetch(url + path, { headers: { accept: 'application/json' } });
        expect(res.status).toBe(status);
        const text = await res.text();
        expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe(code);
        expect(text).not.toMatch(/\bat .*\.(?:ts|js):\d+/u);
      }
    } finally {
      setStoreReconciler(new StoreReconciler(engine, source));
    }
  });

  it('answers the site search (HTML and JSON) from per-request reads', async () => {
    const json = await fetch(`${url}/search?q=${encodeURIComponent('Cao Shunli')}&format=json`);
    expect(json.status).toBe(200);
    const body = (await json.json()) as { results: { href: string; type: string }[] };
    expect(body.results[0]?.href).toBe('/id/person/cao-shunli');
    expect(body.results.some((hit) => hit.type === 'act')).toBe(true);
    const html = await fetch(`${url}/search?q=%E6%9B%B9%E9%A1%BA%E5%88%A9`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Cao Shunli');
    expect((await fetch(`${url}/search?q=${encodeURIComponent('" } DROP ALL { "')}&format=json`)).status).toBe(200);
  });

  it('answers /api/acts pages (years and paging) from per-request reads', async () => {
    const res = await fetch(`${url}/api/acts?from=2013&to=2013&limit=2`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { total: number; items: { id: string }[]; next?: string };
    expect(page.total).toBeGreaterThan(2);
    expect(page.items).toHaveLength(2);
    expect(page.next).toContain('offset=2');
    const typed = await fetch(`${url}/api/acts?type=detention`, { headers: { accept: 'application/json' } });
    expect(typed.status).toBe(503);
    expect(((await typed.json()) as { error: { code: string } }).error.code).toBe('whole_graph_off');
  });

  it.each(['/persons', '/api/persons', '/timeline', '/ontology'])(
    '%s answers 503 naming the limit and the variable',
    async (path) => {
      const res = await fetch(url + path, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('whole_graph_off');
      expect(body.error.message).toContain('more than ENTITY_GRAPH_MAX_TRIPLES (1)');
    },
  );

  it('keeps the home page with its charts', async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('deprivation of liberty');
  });
});
