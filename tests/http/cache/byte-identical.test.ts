// Issue 8 item 7: cached or not, the answer is byte-identical. Each request goes to an app with
// the cache off, then twice to one with it on (a miss that stores, then a hit); status, body and
// every header but Cache-Status (and Date) must be the same all three times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot, startCachedApps, withoutCacheStatus, type CachedApps } from './cached-apps.js';

let apps: CachedApps;
const PUBLIC = 'http://kg.example/';

beforeAll(async () => {
  apps = await startCachedApps({
    off: { publicBaseUrl: PUBLIC, cache: { maxBytes: 0 } },
    on: { publicBaseUrl: PUBLIC, cache: { maxBytes: 8 * 1024 * 1024, maxEntryBytes: 2 * 1024 * 1024 } },
  });
}, 60_000);
afterAll(() => apps?.stop());

const SELECT = 'SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?s ?l';
const CONSTRUCT = 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }';
const q = (query: string, format: string) => `/sparql?query=${encodeURIComponent(query)}&format=${format}`;

const GETS: [string, Record<string, string>][] = [
  ...['json', 'xml', 'csv', 'tsv'].map((f): [string, Record<string, string>] => [q(SELECT, f), {}]),
  ...['ttl', 'nt', 'nq', 'trig', 'jsonld', 'rdfxml'].map((f): [string, Record<string, string>] => [q(CONSTRUCT, f), {}]),
  [`/sparql?query=${encodeURIComponent(SELECT)}`, { Accept: 'text/csv' }],
  [`/sparql?query=${encodeURIComponent(CONSTRUCT)}`, { Accept: 'application/n-triples' }],
  [`/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, {}],
  ['/sparql', {}],
  ['/id/person/cao-shunli', { Accept: 'text/html' }],
  ['/id/person/cao-shunli', { Accept: 'application/ld+json' }],
  ['/id/person/cao-shunli?format=ttl', {}],
  ['/ontology', {}],
  ['/api/persons?limit=3', {}],
  ['/context.jsonld', {}],
  ['/openapi.json', {}],
  ['/', {}],
  ['/reconcile', {}],
  [`/reconcile?queries=${encodeURIComponent('{"q0":{"query":"Cao Shunli"}}')}`, {}],
  ['/reconcile/suggest/entity?prefix=Cao&callback=cb', {}],
];

describe('cached or not, the same bytes', () => {
  it.each(GETS)('GET %s %j', async (path, headers) => {
    const off = await snapshot(apps.url.off + path, { headers });
    const miss = await snapshot(apps.url.on + path, { headers });
    const hit = await snapshot(apps.url.on + path, { headers });
    expect(off.status).toBe(200);
    expect(off.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=bypass');
    expect(miss.headers['cache-status']).toBe('hrd-reprisals-kg; fwd=uri-miss; stored');
    expect(hit.headers['cache-status']).toBe('hrd-reprisals-kg; hit');
    expect(off.body.length).toBeGreaterThan(0);
    expect(miss.body.equals(off.body)).toBe(true);
    expect(hit.body.equals(off.body)).toBe(true);
    expect(withoutCacheStatus(miss.headers)).toEqual(withoutCacheStatus(off.headers));
    expect(withoutCacheStatus(hit.headers)).toEqual(withoutCacheStatus(off.headers));
    expect(hit.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}"$/u);
    expect(hit.headers['content-length']).toBe(String(off.body.length));
  });

  it.each([
    ['application/sparql-query', SELECT],
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(CONSTRUCT)}&format=nt`],
  ])('POST %s', async (type, body) => {
    const init = { method: 'POST', headers: { 'Content-Type': type, Accept: 'text/tab-separated-values, */*;q=0.1' }, body };
    const off = await snapshot(`${apps.url.off}/sparql`, init);
    const miss = await snapshot(`${apps.url.on}/sparql`, init);
    const hit = await snapshot(`${apps.url.on}/sparql`, init);
    expect(off.status).toBe(200);
    expect([miss.headers['cache-status'], hit.headers['cache-status']]).toEqual(['hrd-reprisals-kg; fwd=uri-miss; stored', 'hrd-reprisals-kg; hit']);
    expect(hit.body.equals(off.body) && miss.body.equals(off.body)).toBe(true);
    expect(withoutCacheStatus(hit.headers)).toEqual(withoutCacheStatus(off.headers));
  });
});
