// RemoteSparqlEngine against real processes on loopback: a store that is not there (unreachable
// → 502 naming the endpoint, then the circuit opens → 503 and /health says so), a store that stalls
// (a plain HTTP server that never answers: the hard time limit aborts the upstream request), a
// store that answers an error page (mapped, never passed through), and — when the suite runs
// beside Virtuoso (TEST_SPARQL_BACKEND) — a runaway query stopped at its limit by Virtuoso's hint.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { remoteConfigFromEnv } from '../../../src/engine/remote/remote-config.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { createApp } from '../../../src/http/app.js';
import { startRemoteEngine, TEST_BACKEND } from './virtuoso-fixture.js';
import { fixedLexical } from '../../../src/engine/remote/store-results.js';
import { loadGraph } from '../../../src/store/load-graph.js';

const limits = { ...DEFAULT_ENGINE_CONFIG, timeoutMs: 1500, serviceAllowlist: [] };

/** A fake store on loopback: answers ASK {} (so start() succeeds), then behaves as `mode` says. */
let mode: 'ok' | 'stall' | 'error-page' | 'overloaded' = 'ok';
let store: Server;
let storeUrl: string;
beforeAll(async () => {
  store = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const query = new URLSearchParams(body).get('query') ?? '';
      if (mode === 'ok' || /ASK \{\}$/.test(query)) {
        res.setHeader('content-type', 'application/sparql-results+json');
        res.end(/COUNT/.test(query) ? '{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"typed-literal","datatype":"http://www.w3.org/2001/XMLSchema#integer","value":"7"}}]}}' : /ASK/.test(query) ? '{"head":{},"boolean":true}' : '{"head":{"vars":["v"]},"results":{"bindings":[]}}');
      } else if (mode === 'error-page') {
        res.statusCode = 500;
        res.end('<html><body>java.lang.NullPointerException\n\tat org.example.Store.run(Store.java:42)</body></html>');
      } else if (mode === 'overloaded') {
        res.statusCode = 503;
        res.setHeader('retry-after', '7');
        res.end('busy');
      } // stall: never answers
    });
  }).listen(0, '127.0.0.1');
  await new Promise((r) => store.once('listening', r));
  storeUrl = `http://127.0.0.1:${(store.address() as AddressInfo).port}/sparql`;
});
afterAll(() => {
  store.closeAllConnections();
  store.close();
});

const remote = (endpoint: string) => remoteConfigFromEnv({ SPARQL_BACKEND: endpoint })!;

describe('RemoteSparqlEngine over a misbehaving store', () => {
  it('counts the triples at start (Virtuoso\'s typed-literal read as a literal)', async () => {
    mode = 'ok';
    const engine = await RemoteSparqlEngine.start(remote(storeUrl), limits);
    expect(engine.triples).toBe(7);
    expect(engine.graphVersion).toBe('triples-7');
    await engine.close();
  });

  it('a stalled store: 503 query_timeout at the limit, the upstream request aborted', async () => {
    mode = 'ok';
    const engine = await RemoteSparqlEngine.start(remote(storeUrl), limits);
    mode = 'stall';
    await expect(engine.select('SELECT * WHERE { ?s ?p ?o }', { timeoutMs: 300 })).rejects.toMatchObject({ status: 503, code: 'query_timeout' });
    mode = 'ok';
    await expect(engine.ask('ASK { ?s ?p ?o }')).resolves.toBe(true); // the pool still works
    await engine.close();
  });

  it('an error page with a stack trace becomes a 502 without it; overload becomes 503 with the store\'s Retry-After', async () => {
    mode = 'ok';
    const engine = await RemoteSparqlEngine.start(remote(storeUrl), limits);
    mode = 'error-page';
    const error = await engine.select('SELECT * WHERE { ?s ?p ?o }').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'bad_gateway' });
    expect((error as Error).message).toContain(storeUrl);
    mode = 'overloaded';
    await expect(engine.select('SELECT * WHERE { ?s ?p ?o }')).rejects.toMatchObject({ status: 503, code: 'backend_overloaded', headers: { 'Retry-After': '7' } });
    mode = 'ok';
    await engine.close();
  });

  it('updates, SERVICE outside the allowlist and DEFINE pragmas never reach the store', async () => {
    mode = 'ok';
    const engine = await RemoteSparqlEngine.start(remote(storeUrl), limits);
    mode = 'stall'; // anything that reached the store would time out instead of the expected error
    await expect(engine.select('INSERT DATA { <a> <b> <c> }')).rejects.toMatchObject({ status: 403, code: 'read_only' });
    await expect(engine.select('SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }')).rejects.toMatchObject({ status: 403 });
    await expect(engine.select('DEFINE get:soft "replace" SELECT * FROM <http://127.0.0.1:1/x> { ?s ?p ?o }')).rejects.toMatchObject({ status: 400 });
    mode = 'ok';
    await engine.close();
  });

  it('a store that goes away: 502 naming the endpoint, then the circuit opens (503) and /health reports it', async () => {
    mode = 'ok';
    const gone = createServer((req, res) => {
      res.setHeader('content-type', 'application/sparql-results+json');
      res.end('{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1"}}]}}');
    }).listen(0, '127.0.0.1');
    await new Promise((r) => gone.once('listening', r));
    const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/sparql`;
    const engine = await RemoteSparqlEngine.start(remote(url), limits);
    gone.closeAllConnections();
    await new Promise((r) => gone.close(r));
    for (let i = 0; i < 3; i++) {
      const e = await engine.select('SELECT * WHERE { ?s ?p ?o }').catch((x: unknown) => x);
      expect(e).toMatchObject({ status: 502 });
      expect((e as Error).message).toContain(`${url} is unreachable`);
    }
    await expect(engine.select('SELECT * WHERE { ?s ?p ?o }')).rejects.toMatchObject({ status: 503, code: 'backend_unavailable' });
    const app = createApp({ engine, log: () => undefined }).listen(0, '127.0.0.1');
    await new Promise((r) => app.once('listening', r));
    const res = await fetch(`http://127.0.0.1:${(app.address() as AddressInfo).port}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', engine: 'remote', store: { endpoint: url, reachable: false, circuit: 'open' } });
    app.close();
    await engine.close();
  });
});

describe('literals a store writes back in another form', () => {
  it('restores xsd:boolean "1"/"0" and Virtuoso\'s month counts for year-month durations; leaves the rest', () => {
    const XSD = 'http://www.w3.org/2001/XMLSchema#';
    expect(fixedLexical('1', `${XSD}boolean`)).toBe('true');
    expect(fixedLexical('0', `${XSD}boolean`)).toBe('false');
    expect(fixedLexical('156', `${XSD}duration`)).toBe('P13Y');
    expect(fixedLexical('30', `${XSD}duration`)).toBe('P2Y6M');
    expect(fixedLexical('5', `${XSD}duration`)).toBe('P5M');
    expect(fixedLexical('0', `${XSD}duration`)).toBe('P0Y');
    expect(fixedLexical('P3Y', `${XSD}duration`)).toBe('P3Y');
    expect(fixedLexical('1', `${XSD}integer`)).toBe('1');
  });
});

describe.skipIf(!TEST_BACKEND)('RemoteSparqlEngine in front of Virtuoso', () => {
  it('reads back every triple of the bundled graph exactly as in the data files', async () => {
    const engine = await startRemoteEngine({});
    const key = (q: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string; language?: string; datatype?: { value: string } } }) =>
      `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${q.object.termType === 'Literal' ? (q.object as { language: string }).language || q.object.datatype?.value : ''}`;
    const noBlank = (q: { subject: { termType: string }; object: { termType: string } }) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode';
    const local = loadGraph().store.getQuads(null, null, null, null);
    const remoteQuads = await engine.readAll();
    expect(remoteQuads.length).toBe(local.length);
    const remoteKeys = new Set(remoteQuads.filter(noBlank).map(key));
    const missing = local.filter(noBlank).map(key).filter((k) => !remoteKeys.has(k));
    expect(missing).toEqual([]);
    await engine.close();
  });

  it('a runaway cross product stops at the limit (503) and the next query is answered', async () => {
    const engine = await startRemoteEngine({ ...limits, timeoutMs: 1000 });
    const runaway = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    await expect(engine.select(runaway)).rejects.toMatchObject({ status: 503, code: 'query_timeout' });
    const rows = await engine.select('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }');
    expect(Number(rows[0]!.get('n')!.value)).toBe(engine.triples);
    expect(engine.graphVersion).toMatch(/^sha256-[0-9a-f]{64}$/); // the load record of kg load
    await engine.close();
  });
});
