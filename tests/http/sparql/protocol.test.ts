// SPARQL 1.1 Protocol at /sparql over a real socket: the three ways to send a query, the
// protocol dataset parameters, every result format, the service description and CORS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EX, startService, type RunningService } from '../start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService({ maxRows: 3 });
});
afterAll(() => service?.stop());

const LABELS = `SELECT ?l WHERE { <${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l`;
const get = (params: Record<string, string | string[]>, headers: Record<string, string> = {}) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of [v].flat()) search.append(k, x);
  return fetch(`${service.url}/sparql?${search}`, { headers });
};

describe('query operation', () => {
  it('GET with query', async () => {
    const res = await get({ query: LABELS });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    const body = await res.json();
    expect(body.results.bindings.map((b: { l: { value: string } }) => b.l.value)).toEqual(['Alice', '爱丽丝']);
  });

  it('POST url-encoded form', async () => {
    const res = await fetch(`${service.url}/sparql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: `ASK { <${EX}alice> ?p ?o }` }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).boolean).toBe(true);
  });

  it('POST application/sparql-query', async () => {
    const res = await fetch(`${service.url}/sparql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+xml' },
      body: `ASK { <${EX}nobody> ?p ?o }`,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<boolean>false</boolean>');
  });

  it('relative IRIs resolve against the data base', async () => {
    const res = await get({ query: 'CONSTRUCT { <a> <b> 1 } WHERE {}', format: 'nt' });
    expect(await res.text()).toContain('<https://w3id.org/hrd-reprisals/a>');
  });
});

describe('protocol dataset (§2.1.4): graph names select graphs in the store, never fetched', () => {
  it('default-graph-uri (GET, two graphs merged)', async () => {
    const res = await get({
      query: `ASK { <${EX}graph-a-doc> a ?t . <${EX}graph-b-doc> a ?t }`,
      'default-graph-uri': [`${EX}graph-a`, `${EX}graph-b`],
    });
    expect((await res.json()).boolean).toBe(true);
  });

  it('named-graph-uri (POST direct, parameters in the URL)', async () => {
    const res = await fetch(`${service.url}/sparql?named-graph-uri=${encodeURIComponent(`${EX}graph-a`)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query' },
      body: 'SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }',
    });
    const rows = (await res.json()).results.bindings;
    expect(rows.map((r: { g: { value: string } }) => r.g.value)).toEqual([`${EX}graph-a`]);
  });

  it('protocol dataset overrides FROM in the query', async () => {
    const res = await get({
      query: `ASK FROM <${EX}graph-b> { <${EX}graph-a-doc> a ?t }`,
      'default-graph-uri': `${EX}graph-a`,
    });
    expect((await res.json()).boolean).toBe(true);
  });

  it('an outside graph name is an empty graph, not a fetch', async () => {
    const res = await get({ query: 'ASK { ?s ?p ?o }', 'default-graph-uri': 'http://127.0.0.1:9/data.ttl' });
    expect(res.status).toBe(200);
    expect((await res.json()).boolean).toBe(false);
  });
});

describe('result formats', () => {
  it.each([
    ['application/sparql-results+json', '"vars":["l"]'],
    ['application/sparql-results+xml', '<variable name="l"/>'],
    ['text/csv', 'l\r\nAlice\r\n'],
    ['text/tab-separated-values', '?l\n"Alice"@en\n'],
  ])('SELECT as %s', async (accept, fragment) => {
    const res = await get({ query: LABELS }, { Accept: accept });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(accept);
    expect(res.headers.get('vary')).toBe('Accept');
    expect(await res.text()).toContain(fragment);
  });

  it.each([
    ['text/turtle', 'Alice'],
    ['application/n-triples', `<${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> "Alice"@en .`],
    ['application/n-quads', '"Alice"@en .'],
    ['application/trig', 'Alice'],
    ['application/ld+json', '"@value": "Alice"'],
    ['application/rdf+xml', 'Alice'],
  ])('CONSTRUCT as %s', async (accept, fragment) => {
    const res = await get({ query: `CONSTRUCT WHERE { <${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l }` }, { Accept: accept });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(accept);
    expect(await res.text()).toContain(fragment);
  });

  it('DESCRIBE returns the resource description', async () => {
    const res = await get({ query: `DESCRIBE <${EX}bob>`, format: 'nt' });
    expect(await res.text()).toContain(`<${EX}bob> <${EX}wikidata> <${EX}Q1>`);
  });

  it('format= overrides Accept', async () => {
    const res = await get({ query: LABELS, format: 'csv' }, { Accept: 'application/sparql-results+xml' });
    expect(res.headers.get('content-type')).toContain('text/csv');
  });

  it('says when the result was cut at the row limit', async () => {
    const res = await get({ query: 'SELECT * WHERE { ?s ?p ?o }' });
    expect(res.headers.get('x-result-truncated')).toBe('true');
    expect((await res.json()).results.bindings).toHaveLength(3);
    const small = await get({ query: LABELS });
    expect(small.headers.get('x-result-truncated')).toBeNull();
  });
});

describe('service description and CORS', () => {
  it('GET /sparql without a query describes the service (sd:)', async () => {
    const res = await fetch(`${service.url}/sparql`, { headers: { Accept: 'text/turtle' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('sd:Service');
    expect(text).toContain('sd:SPARQL11Query');
  });

  it('CORS on answers and errors', async () => {
    for (const res of [await get({ query: LABELS }), await get({ query: 'SELECT {' })]) {
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('answers the preflight', async () => {
    const res = await fetch(`${service.url}/sparql`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.net', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('content-type');
  });
});
