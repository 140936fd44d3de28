// The reconciliation service over HTTP, with the request and response shapes of the W3C Entity
// Reconciliation API v0.2 (what OpenRefine sends): manifest, batches as form, JSON and GET,
// JSONP, preview, suggest, data extension; names in English and Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(async () => {
  await service?.stop();
});

const url = (path: string) => `${service.url}${path}`;
const batch = {
  q0: { query: '王宇', type: 'Person', limit: 3 },
  q1: { query: 'Wang Yu' },
  q2: { query: 'CAT', type: 'UNEntity' },
  q3: { query: 'Wang', type: 'Person' },
  q4: { query: '江天勇' },
};

interface Result {
  id: string;
  name: string;
  score: number;
  match: boolean;
  type: { id: string; name: string }[];
}
type BatchResponse = Record<string, { result: Result[] }>;

function expectBatch(body: BatchResponse): void {
  expect(Object.keys(body).sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4']);
  expect(body.q0?.result[0]).toMatchObject({ id: 'person/wang-yu-lawyer', name: 'Wang Yu', score: 100, match: true, type: [{ id: 'Person' }] });
  expect(body.q1?.result[0]).toMatchObject({ id: 'person/wang-yu-lawyer', match: true });
  expect(body.q2?.result[0]).toMatchObject({ id: 'un/cat', match: true });
  expect(body.q3?.result.length).toBeGreaterThan(1);
  expect(body.q3?.result.every((r) => !r.match)).toBe(true);
  expect(body.q4?.result[0]).toMatchObject({ id: 'person/jiang-tianyong', match: true });
}

describe('manifest', () => {
  it('GET /reconcile answers the service manifest', async () => {
    const res = await fetch(url('/reconcile'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const manifest = await res.json();
    expect(manifest.versions).toContain('0.2');
    expect(manifest.identifierSpace).toBe('https://w3id.org/hrd-reprisals/id/');
    expect(manifest.schemaSpace).toBe('https://w3id.org/hrd-reprisals/ontology#');
    expect(manifest.defaultTypes.map((t: { id: string }) => t.id).sort()).toEqual(['Organisation', 'Person', 'Place', 'UNEntity']);
    expect(manifest.view.url).toBe(`${service.url}/reconcile/view?id={{id}}`);
    expect(manifest.preview.url).toBe(`${service.url}/reconcile/preview?id={{id}}`);
    expect(manifest.suggest.entity).toEqual({ service_url: `${service.url}/reconcile`, service_path: '/suggest/entity' });
    expect(manifest.extend.propose_properties.service_path).toBe('/extend/propose');
  });

  it('JSONP: GET /reconcile?callback=cb wraps the manifest', async () => {
    const res = await fetch(url('/reconcile?callback=jQuery123_456'));
    expect(res.headers.get('content-type')).toContain('application/javascript');
    expect(await res.text()).toMatch(/^\/\*\*\/jQuery123_456\(\{"versions"/u);
  });

  it('refuses a callback that is not an identifier', async () => {
    const res = await fetch(url('/reconcile?callback=alert(1)//'));
    expect(res.status).toBe(400);
  });
});

describe('queries', () => {
  it('POST form queries= (as OpenRefine sends them)', async () => {
    const res = await fetch(url('/reconcile'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ queries: JSON.stringify(batch) }),
    });
    expect(res.status).toBe(200);
    expectBatch(await res.json());
  });

  it('GET ?queries=', async () => {
    const res = await fetch(url(`/reconcile?queries=${encodeURIComponent(JSON.stringify(batch))}`));
    expect(res.status).toBe(200);
    expectBatch(await res.json());
  });

  it('POST a JSON body, {"queries": …} or the batch itself', async () => {
    for (const body of [{ queries: batch }, batch]) {
      const res = await fetch(url('/reconcile'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(200);
      expectBatch(await res.json());
    }
  });

  it('with property constraints', async () => {
    const queries = { q0: { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: { id: 'place/germany' } }] } };
    const res = await fetch(url(`/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`));
    expect((await res.json()).q0.result[0]).toMatchObject({ id: 'person/dolkun-isa', match: true });
  });

  it.each([
    ['not JSON', 'queries={oops', 'not valid JSON'],
    ['a list instead of an object', `queries=${encodeURIComponent('[1]')}`, 'JSON object'],
    ['an unknown type in the single-query form', `query=${encodeURIComponent(JSON.stringify({ query: 'x', type: 'Planet' }))}`, 'Unknown type'],
    ['a null extend property', `extend=${encodeURIComponent(JSON.stringify({ ids: ['person/cao-shunli'], properties: [null] }))}`, '"extend" must be {"ids": [...], "properties": [{"id": ...}]}.'],
  ])('400 for %s, with a message', async (_, qs, message) => {
    const res = await fetch(url(`/reconcile?${qs}`), { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain(message);
  });

  it('404 for GET of an unknown path under /reconcile', async () => {
    const res = await fetch(url('/reconcile/nothing'), { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe('No resource at /reconcile/nothing');
  });

  it('405 for other methods', async () => {
    const res = await fetch(url('/reconcile'), { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
  });
});

describe('preview, suggest, extend', () => {
  it('preview: an HTML card with both names and the links', async () => {
    const res = await fetch(url('/reconcile/preview?id=person/qin-yongmin'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const text = await res.text();
    expect(text).toContain('Qin Yongmin');
    expect(text).toContain('秦永敏');
    expect(text).toContain('https://en.wikipedia.org/wiki/Qin_Yongmin');
  });

  it('preview of an unknown id is 404', async () => {
    expect((await fetch(url('/reconcile/preview?id=person/nobody'))).status).toBe(404);
  });

  it.each([
    ['/reconcile/suggest/entity?prefix=%E6%9B%B9', 'person/cao-shunli'],
    ['/reconcile/suggest/entity?prefix=cao&type=Person', 'person/cao-shunli'],
    ['/reconcile/suggest/type?prefix=UN', 'UNEntity'],
    ['/reconcile/suggest/property?prefix=deten', 'detention'],
  ])('suggest %s', async (path, id) => {
    const body = await (await fetch(url(path))).json();
    expect(body.result.map((r: { id: string }) => r.id)).toContain(id);
  });

  it('propose properties for persons', async () => {
    const body = await (await fetch(url('/reconcile/extend/propose?type=Person'))).json();
    expect(body.type).toBe('Person');
    expect(body.properties.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['charge', 'detention', 'detention_start', 'wikidata', 'wikipedia', 'name_zh']));
  });

  it('extend: charges, detention start and links, as form POST', async () => {
    const extend = { ids: ['person/li-heping', 'place/wuhan'], properties: [{ id: 'charge' }, { id: 'detention_start' }, { id: 'wikidata' }, { id: 'wikipedia' }] };
    const res = await fetch(url('/reconcile'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ extend: JSON.stringify(extend) }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.meta).toEqual([
      { id: 'charge', name: 'charges' },
      { id: 'detention_start', name: 'detention start (earliest date)' },
      { id: 'wikidata', name: 'Wikidata item (QID)' },
      { id: 'wikipedia', name: 'English Wikipedia article' },
    ]);
    expect(body.rows['person/li-heping'].charge).toContainEqual({ str: 'subversion of state power' });
    expect(body.rows['person/li-heping'].wikipedia).toEqual([{ str: 'https://en.wikipedia.org/wiki/Li_Heping' }]);
    expect(body.rows['place/wuhan'].wikidata).toEqual([{ str: 'Q11746' }]);
  });
});
