// Point 8 of issue 3: every client mistake gets a clear 4xx, never a 500, never a stack trace,
// and the service keeps answering afterwards. One row per mistake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../start-service.js';
import { TEST_BACKEND } from '../../engine/remote/virtuoso-fixture.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService({ maxQueryLength: 2000 }, { maxBodyBytes: 4096, maxQueryLength: 2000 });
});
afterAll(() => service?.stop());

interface Case {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  readonly status: number;
  /** Text the message must contain. */
  readonly says: string;
}

const q = (query: string, extra = '') => `/sparql?query=${encodeURIComponent(query)}${extra}`;

const cases: Case[] = [
  { name: 'malformed query (GET)', path: q('SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER( }'), status: 400, says: 'line 3, column' },
  { name: 'malformed query (POST direct)', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/sparql-query' }, body: 'ASK {', status: 400, says: 'line 1, column 6' },
  { name: 'empty query', path: q(''), status: 400, says: 'empty' },
  { name: 'two queries', path: `${q('ASK {}')}&query=${encodeURIComponent('SELECT * {}')}`, status: 400, says: 'Exactly one query' },
  { name: 'unknown result format', path: q('SELECT * {}', '&format=png'), status: 406, says: 'format=png' },
  { name: 'Accept nothing offered', path: q('SELECT * {}'), headers: { Accept: 'image/png' }, status: 406, says: 'application/sparql-results+json' },
  { name: 'CSV for ASK', path: q('ASK {}'), headers: { Accept: 'text/csv' }, status: 406, says: 'Cannot produce' },
  { name: 'wrong content type', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'text/plain' }, body: 'ASK {}', status: 415, says: 'application/sparql-query' },
  { name: 'no content type', method: 'POST', path: '/sparql', body: 'query=ASK%20%7B%7D', status: 415, says: 'not accepted' },
  { name: 'non-UTF-8 charset', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/sparql-query; charset=UTF-16' }, body: new Uint8Array(Buffer.from('ASK {}', 'utf16le')), status: 415, says: 'UTF-8' },
  { name: 'unknown form charset', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=bogus' }, body: 'query=ASK%20%7B%7D', status: 415, says: 'Charset bogus is not supported; send the body as UTF-8.' },
  { name: 'unknown content encoding', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/sparql-query', 'Content-Encoding': 'bogus' }, body: 'ASK {}', status: 415, says: 'Content-Encoding bogus is not supported; send the body uncompressed, or as gzip, deflate or br.' },
  { name: 'wrong method', method: 'PUT', path: q('ASK {}'), status: 405, says: 'PUT' },
  { name: 'DELETE', method: 'DELETE', path: '/sparql', status: 405, says: 'not allowed' },
  { name: 'oversized body', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/sparql-query' }, body: `ASK {} #${'x'.repeat(10_000)}`, status: 413, says: 'too large' },
  { name: 'oversized form', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${'x'.repeat(10_000)}`, status: 413, says: 'too large' },
  { name: 'query over max length', path: q(`ASK {} #${'x'.repeat(2500)}`), status: 413, says: 'limit is 2000' },
  { name: 'update as query', path: q('INSERT DATA { <a> <b> <c> }'), status: 403, says: 'read-only' },
  { name: 'update parameter', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'update=CLEAR%20ALL', status: 403, says: 'read-only' },
  { name: 'sparql-update body', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/sparql-update' }, body: 'CLEAR ALL', status: 403, says: 'read-only' },
  { name: 'POST form without query', method: 'POST', path: '/sparql', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'foo=bar', status: 400, says: 'No query' },
  { name: 'deeply nested query (WASM stack overflow; its worker is replaced)', path: q(`SELECT * { ${'{'.repeat(900)}${'}'.repeat(900)} }`), status: 400,
    // Store-forced difference (README "Scaling out"): Virtuoso refuses the nesting itself, with its own message.
    says: TEST_BACKEND ? 'nested too deep' : 'The query could not be evaluated: the engine failed on it (memory access out of bounds); if it is deeply nested, flatten it' },
  { name: 'bad timeout', path: q('ASK {}', '&timeout=soon'), status: 400, says: 'timeout' },
  { name: 'relative default-graph-uri', path: q('ASK {}', '&default-graph-uri=data.ttl'), status: 400, says: 'absolute IRI' },
  { name: 'forbidden SERVICE target', path: q('SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }'), status: 403, says: 'not allowed' },
  { name: 'SERVICE to Wikidata when not allowlisted', path: q('SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }'), status: 403, says: 'not allowed' },
  { name: 'variable SERVICE', path: q('SELECT * { SERVICE ?x { ?s ?p ?o } }'), status: 400, says: 'variable endpoint' },
  { name: 'unknown path', path: '/nothing/here', status: 404, says: 'No resource' },
  { name: 'path tricks', path: '/sparql/../../etc/passwd', status: 404, says: 'No resource' },
  { name: 'encoded path tricks', path: '/%2e%2e/%2e%2e/etc/passwd', status: 404, says: 'No resource' },
];

describe('bad input → clear 4xx', () => {
  it.each(cases)('$name → $status', async (c) => {
    const res = await fetch(service.url + c.path, { method: c.method ?? 'GET', headers: { Accept: 'application/json', ...c.headers }, body: c.body as BodyInit | undefined });
    const text = await res.text();
    expect(res.status, text).toBe(c.status);
    expect(text).toContain(c.says);
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
    if (c.status === 405) expect(res.headers.get('allow')).toContain('GET');
  });

  it('errors follow Accept: JSON, HTML or plain text', async () => {
    const path = q('ASK {');
    const json = await fetch(service.url + path, { headers: { Accept: 'application/json' } });
    expect(await json.json()).toMatchObject({ error: { status: 400, code: 'malformed_query', line: 1, column: 6 } });
    const html = await fetch(service.url + path, { headers: { Accept: 'text/html' } });
    expect(html.headers.get('content-type')).toContain('text/html');
    const plain = await fetch(service.url + path);
    expect(plain.headers.get('content-type')).toContain('text/plain');
  });

  it('the service still answers after all of the above', async () => {
    const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
    expect(res.status).toBe(200);
    expect((await res.json()).boolean).toBe(true);
  });
});
