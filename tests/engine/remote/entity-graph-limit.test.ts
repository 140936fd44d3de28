// In front of a store larger than ENTITY_GRAPH_MAX_TRIPLES (here: 1, so the bundled graph is "too
// large"), nothing of the store is copied at start-up: entity pages, their RDF and JSON-LD,
// /resource and the API's items still answer from the store per request, with the right content,
// and so do reconciliation and search (store-reconciler.ts, store-search.ts; the proofs of their
// equivalence with the whole graph: tests/domain/{reconcile,search}/*-equivalence.test.ts); the
// views that need the whole graph (browse lists, the API's lists, the timeline) answer 503 naming
// the limit and its variable. Needs the real Virtuoso (.ci/run's
// remote pass); skipped without TEST_SPARQL_BACKEND.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.js';
import { createHttpServer } from '../../../src/http/http-server.js';
import type { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { startRemoteEngine, TEST_BACKEND } from './virtuoso-fixture.js';

let engine: RemoteSparqlEngine;
let server: Server;
let url = '';
const saved = process.env.ENTITY_GRAPH_MAX_TRIPLES;

beforeAll(async () => {
  if (!TEST_BACKEND) return;
  process.env.ENTITY_GRAPH_MAX_TRIPLES = '1';
  engine = await startRemoteEngine({});
  server = createHttpServer(createApp({ engine, log: () => undefined })).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  if (saved === undefined) delete process.env.ENTITY_GRAPH_MAX_TRIPLES;
  else process.env.ENTITY_GRAPH_MAX_TRIPLES = saved;
  if (!TEST_BACKEND) return;
  server.closeAllConnections();
  server.close();
  await engine.close();
});

describe.skipIf(!TEST_BACKEND)('a store past ENTITY_GRAPH_MAX_TRIPLES', () => {
  it('still serves entity pages with their content, per request', async () => {
    const page = await fetch(`${url}/id/person/cao-shunli`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1');
    expect(html).toContain('Cao Shunli');
    expect(html).toContain('曹顺利');
    expect(html).toContain('id="entity-network"');
    const ttl = await fetch(`${url}/id/person/cao-shunli?format=ttl`);
    expect(ttl.status).toBe(200);
    expect(await ttl.text()).toMatch(/rdfs:label "Cao Shunli"@en/u);
    const jsonld = await fetch(`${url}/id/act/cao-shunli-airport-detention-2013?format=jsonld`);
    expect(jsonld.status).toBe(200);
    const act = (await jsonld.json()) as Record<string, unknown>;
    expect(JSON.stringify(act)).toContain('https://w3id.org/hrd-reprisals/id/person/cao-shunli');
    const resource = await fetch(`${url}/resource?iri=${encodeURIComponent('https://w3id.org/hrd-reprisals/id/person/cao-shunli')}&format=nt`);
    expect(resource.status).toBe(200);
    expect(await resource.text()).toContain('<https://w3id.org/hrd-reprisals/id/person/cao-shunli> <http://www.w3.org/2000/01/rdf-schema#label> "Cao Shunli"@en');
    const item = await fetch(`${url}/api/persons/cao-shunli`);
    expect(item.status).toBe(200);
    expect((await item.json()) as Record<string, unknown>).toMatchObject({ id: 'https://w3id.org/hrd-reprisals/id/person/cao-shunli' });
    expect((await fetch(`${url}/id/person/no-such-person`)).status).toBe(404);
  });

  it('answers reconciliation (query, suggest, preview, extend) from the store per request', async () => {
    const batch = { q0: { query: 'Cao Shunli', type: 'Person' }, q1: { query: '曹顺利' }, q2: { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: { id: 'place/germany' } }] }, q3: { query: 'x" } DROP ALL { "\\' } };
    const res = await fetch(`${url}/reconcile`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ queries: JSON.stringify(batch) }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, { result: { id: string; match: boolean; features: { id: string; value: unknown }[] }[] }>;
    expect(body['q0']?.result[0]).toMatchObject({ id: 'person/cao-shunli', match: true });
    expect(body['q1']?.result[0]).toMatchObject({ id: 'person/cao-shunli', match: true });
    expect(body['q2']?.result[0]?.features).toContainEqual({ id: 'properties_matched', value: 1 });
    expect(body['q3']).toEqual({ result: [] });
    const suggest = (await (await fetch(`${url}/reconcile/suggest/entity?prefix=%E7%8E%8B`)).json()) as { result: { id: string }[] };
    expect(suggest.result.map((r) => r.id)).toContain('person/wang-yu-lawyer');
    const preview = await fetch(`${url}/reconcile/preview?id=person/cao-shunli`);
    expect(await preview.text()).toContain('曹顺利');
    const extend = await fetch(`${url}/reconcile?extend=${encodeURIComponent(JSON.stringify({ ids: ['person/cao-shunli'], properties: [{ id: 'detention_start' }] }))}`);
    expect(((await extend.json()) as { rows: Record<string, unknown> }).rows).toEqual({ 'person/cao-shunli': { detention_start: [{ date: '2013-09-01T00:00:00Z' }] } });
  });

  it('answers the site search from the store per request', async () => {
    const res = await fetch(`${url}/search?q=${encodeURIComponent('曹顺利')}&format=json`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { href: string; zh?: string }[] };
    expect(body.results[0]).toMatchObject({ href: '/id/person/cao-shunli', zh: '曹顺利' });
    const acts = (await (await fetch(`${url}/search?q=airport&format=json`)).json()) as { results: { type: string; label: string }[] };
    expect(acts.results.filter((hit) => hit.type === 'act').map((hit) => hit.label).join(' ')).toMatch(/airport/iu);
  });

  it.each(['/persons', '/api/persons', '/api/acts?place=china', '/timeline'])(
    '%s answers 503 naming the limit and the variable',
    async (path) => {
      const res = await fetch(url + path, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('whole_graph_off');
      expect(body.error.message).toContain('ENTITY_GRAPH_MAX_TRIPLES (1)');
      expect(body.error.message).toContain('Entity pages');
    },
  );

  it('keeps the home page', async () => {
    expect((await fetch(`${url}/`)).status).toBe(200);
  });
});
