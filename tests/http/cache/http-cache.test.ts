// Issue 8 item 7: strong ETags, 304 on If-None-Match, Cache-Control, and the in-memory cache of
// responses (LRU by bytes), on a real service listening on loopback.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../linked-data-helpers.js';
import { snapshot, startCachedApps, type CachedApps } from './cached-apps.js';

let apps: CachedApps;

beforeAll(async () => {
  apps = await startCachedApps({
    on: { cache: { maxBytes: 4 * 1024 * 1024, maxEntryBytes: 1024 * 1024, maxAgeSeconds: 123 } },
    // Room for one small SPARQL result (each counts about 600–700 bytes: key, 150–250 bytes of
    // body, headers), not two: the second evicts the first.
    tiny: { cache: { maxBytes: 1000, maxEntryBytes: 1000 } },
    public: { publicBaseUrl: 'http://kg.example/' },
    // Graph versions as a remote store would supply them.
    v1: { publicBaseUrl: 'http://kg.example/', graphVersion: 'graph-v1' },
    v1again: { publicBaseUrl: 'http://kg.example/', graphVersion: 'graph-v1' },
    v2: { publicBaseUrl: 'http://kg.example/', graphVersion: 'graph-v2' },
  }, 1500);
}, 60_000);
afterAll(() => apps?.stop());

const LABELS = 'SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l';
const TYPES = 'SELECT ?s WHERE { ?s a ?t } ORDER BY ?s';
const sparql = (query: string, extra = '') => `/sparql?query=${encodeURIComponent(query)}${extra}`;
const get = (app: string, path: string, headers: Record<string, string> = {}) => snapshot(apps.url[app] + path, { headers });
// 11 triples to the 9th power: far past any time limit.
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa }';

/** HEAD through node:http (fetch gives no way to see that no body came). */
function head(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'HEAD', headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ETag', () => {
  it('is strong and the same on every request for the same representation', async () => {
    const a = await get('on', sparql(LABELS));
    const b = await get('on', sparql(LABELS));
    const c = await get('public', sparql(LABELS));
    expect(a.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
    expect(b.headers['etag']).toBe(a.headers['etag']);
    // Another app on the same graph, code and engine, but another public address: another tag.
    expect(c.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
    expect(c.headers['etag']).not.toBe(a.headers['etag']);
  });

  it('follows the graph version: same version, same tag; a new version, a new tag', async () => {
    const tag = async (app: string) => (await get(app, sparql(LABELS))).headers['etag'];
    const [v1, v1again, v2] = [await tag('v1'), await tag('v1again'), await tag('v2')];
    expect(v1).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
    expect(v1again).toBe(v1);
    expect(v2).not.toBe(v1);
    // A client holding the old version's tag gets the new answer in full.
    const res = await get('v2', sparql(LABELS), { 'If-None-Match': v1! });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
  });

  it('differs by media type, format= and query, and not by how Accept spells the same type', async () => {
    const tags = {
      json: (await get('on', sparql(LABELS), { Accept: 'application/sparql-results+json' })).headers['etag'],
      jsonAlias: (await get('on', sparql(LABELS), { Accept: 'application/json' })).headers['etag'],
      xml: (await get('on', sparql(LABELS), { Accept: 'application/sparql-results+xml' })).headers['etag'],
      csvFormat: (await get('on', sparql(LABELS, '&format=csv'))).headers['etag'],
      csvAccept: (await get('on', sparql(LABELS), { Accept: 'text/csv' })).headers['etag'],
      other: (await get('on', sparql(TYPES))).headers['etag'],
    };
    expect(tags.jsonAlias).toBe(tags.json);
    expect(new Set([tags.json, tags.xml, tags.csvFormat, tags.other]).size).toBe(4);
    // format=csv and Accept: text/csv choose the same type, but format= is part of the request.
    expect(tags.csvAccept).not.toBe(tags.csvFormat);
    for (const tag of Object.values(tags)) expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
  });

  it('is on entity pages (every syntax), the API, the home page and reconciliation', async () => {
    const paths = ['/id/person/cao-shunli', '/id/person/cao-shunli?format=nt', '/ontology', '/api/persons?limit=2', '/context.jsonld', '/openapi.json', '/', '/reconcile/suggest/type?prefix=Per'];
    const tags = new Set<string>();
    for (const path of paths) {
      const res = await get('on', path);
      expect(res.status, path).toBe(200);
      expect(res.headers['etag'], path).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
      tags.add(res.headers['etag']!);
    }
    expect(tags.size).toBe(paths.length);
  });
});

describe('conditional requests', () => {
  it('answers 304 with no body to If-None-Match holding the tag (strong, weak, in a list, *)', async () => {
    const first = await get('on', '/id/person/cao-shunli', { Accept: 'text/turtle' });
    const etag = first.headers['etag']!;
    for (const field of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const res = await get('on', '/id/person/cao-shunli', { Accept: 'text/turtle', 'If-None-Match': field });
      expect(res.status, field).toBe(304);
      expect(res.body.length).toBe(0);
      expect(res.headers['etag']).toBe(etag);
      expect(res.headers['vary']).toBe('Accept');
      expect(res.headers['cache-control']).toBe('public, max-age=123');
      expect(res.headers['content-type']).toBeUndefined();
    }
    const other = await get('on', '/id/person/cao-shunli', { Accept: 'text/turtle', 'If-None-Match': '"nope"' });
    expect(other.status).toBe(200);
    expect(other.body.equals(first.body)).toBe(true);
    // The tag of the Turtle page does not validate the HTML page.
    const html = await get('on', '/id/person/cao-shunli', { Accept: 'text/html', 'If-None-Match': etag });
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers 304 before the query runs again, and also when the cache is off', async () => {
    const query = sparql('SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o');
    const first = await get('public', query);
    const again = await get('public', query, { 'If-None-Match': first.headers['etag']! });
    expect(first.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect([again.status, again.headers['cache-status'], again.body.length]).toEqual([304, 'hrd-reprisals-kg; hit', 0]);
  });

  it('HEAD sends the GET headers without a body, and 304 on a match', async () => {
    const path = '/api/persons?limit=2';
    const getRes = await get('on', path);
    const headRes = await head(apps.url.on + path);
    expect(headRes.status).toBe(200);
    expect(headRes.bytes).toBe(0);
    expect(headRes.headers['etag']).toBe(getRes.headers['etag']);
    expect(headRes.headers['content-length']).toBe(String(getRes.body.length));
    expect(headRes.headers['content-type']).toBe(getRes.headers['content-type']);
    const headMatch = await head(apps.url.on + path, { 'If-None-Match': getRes.headers['etag']! });
    expect([headMatch.status, headMatch.bytes]).toEqual([304, 0]);
    // A HEAD first (a miss) stores the response for the GET.
    const fresh = '/api/persons?limit=1';
    expect((await head(apps.url.on + fresh, { Accept: '*/*' })).headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect((await get('on', fresh, { Accept: '*/*' })).headers['cache-status']).toBe('hrd-reprisals-kg; hit');
  });

  it('a POST whose If-None-Match matches is not performed: 412 (RFC 9110 §13.1.2)', async () => {
    const init = (extra: Record<string, string> = {}) => ({ method: 'POST', headers: { 'Content-Type': 'application/sparql-query', ...extra }, body: TYPES });
    const first = await snapshot(`${apps.url.on}/sparql`, init());
    const failed = await snapshot(`${apps.url.on}/sparql`, init({ 'If-None-Match': first.headers['etag']!, Accept: 'application/json' }));
    expect(failed.status).toBe(412);
    expect(JSON.parse(failed.body.toString()).error.code).toBe('precondition_failed');
    expect(failed.headers['cache-control']).toBe('no-store');
    expect(failed.headers['x-result-count']).toBeUndefined();
  });
});

describe('the response cache', () => {
  it('keeps POST queries by their body', async () => {
    const post = (body: string) => snapshot(`${apps.url.on}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query' }, body });
    const a1 = await post(`${LABELS} LIMIT 2`);
    const a2 = await post(`${LABELS} LIMIT 2`);
    const b = await post(`${LABELS} LIMIT 1`);
    expect(a1.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect(a2.headers['cache-status']).toBe('hrd-reprisals-kg; hit');
    expect(b.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect(JSON.parse(a2.body.toString()).results.bindings).toHaveLength(2);
    expect(JSON.parse(b.body.toString()).results.bindings).toHaveLength(1);
    expect(b.headers['etag']).not.toBe(a1.headers['etag']);
    // The same query as a form is another request (another ETag), also kept.
    const form = () => snapshot(`${apps.url.on}/sparql`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(`${LABELS} LIMIT 2`)}` });
    expect((await form()).headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    const formHit = await form();
    expect(formHit.headers['cache-status']).toBe('hrd-reprisals-kg; hit');
    expect(formHit.body.equals(a1.body)).toBe(true);
  });

  it('evicts by bytes: in a cache with room for one result, the second pushes out the first', async () => {
    const first = await get('tiny', sparql(LABELS));
    expect(first.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect((await get('tiny', sparql(LABELS))).headers['cache-status']).toBe('hrd-reprisals-kg; hit');
    expect((await get('tiny', sparql(TYPES))).headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect((await get('tiny', sparql(LABELS))).headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    // A response larger than the whole cache is answered but never kept.
    const big = await get('tiny', '/id/person/cao-shunli');
    expect(big.status).toBe(200);
    expect(big.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss');
    expect(big.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
  });

  it('never keeps an error: 400 and 404 are no-store and answered afresh each time', async () => {
    for (const path of [sparql('SELECT ?x WHERE {'), '/id/person/no-such-person', '/api/persons?limit=zero']) {
      for (let i = 0; i < 2; i++) {
        const res = await get('on', path, { Accept: 'application/json' });
        expect(res.status, path).toBeGreaterThanOrEqual(400);
        expect(res.status, path).toBeLessThan(500);
        expect(res.headers['cache-control'], path).toBe('no-store');
        expect(res.headers['cache-status'], path).toBeUndefined();
        expect(res.headers['etag'] ?? '', path).not.toMatch(/^"/u);
      }
    }
  });

  it('never keeps a timeout: the 503 carries no-store and Retry-After', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await get('on', sparql(RUNAWAY, '&timeout=200'), { Accept: 'application/json' });
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body.toString()).error.code).toBe('query_timeout');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['retry-after']).toBeTruthy();
      expect(res.headers['cache-status']).toBeUndefined();
    }
  });

  it('keeps a handler\'s own Cache-Control and sets the configured max-age otherwise', async () => {
    expect((await get('on', '/context.jsonld')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await get('on', '/openapi.json')).headers['cache-control']).toBe('public, max-age=123');
    expect((await get('public', '/openapi.json')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('without a public base URL, the Host is part of the key (links in the body follow it)', async () => {
    const a = await rawRequest(apps.url.on!, '/openapi.json', { headers: { Host: 'one.example' } });
    const b = await rawRequest(apps.url.on!, '/openapi.json', { headers: { Host: 'two.example' } });
    expect(a.body).toContain('http://one.example/');
    expect(b.body).toContain('http://two.example/');
    expect(b.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect(b.headers['etag']).not.toBe(a.headers['etag']);
  });
});
