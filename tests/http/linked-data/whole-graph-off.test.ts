// Without the whole graph in the process (as in front of a store past ENTITY_GRAPH_MAX_TRIPLES,
// src/engine/create-engine.ts), entity pages, their RDF, /resource and the API's items are built
// from neighbourhoods read through the engine per request, and the views that need the whole
// graph answer 503 `whole_graph_off` naming the limit and the variable. Here on the embedded
// engine (the same as tests/engine/remote/entity-graph-limit.test.ts does in front of Virtuoso).
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NeighbourhoodSource } from '../../../src/domain/entity/neighbourhood-source.js';
import { setSharedEntitySource, setWholeGraphOff } from '../../../src/domain/entity/shared-entity-graph.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import { createApp } from '../../../src/http/app.js';
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

  it.each(['/persons', '/search?q=cao', '/api/persons', '/timeline', '/ontology', `/reconcile?queries=${encodeURIComponent(JSON.stringify({ q0: { query: 'Cao Shunli' } }))}`])(
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
