// The reconciliation service as OpenRefine uses it, checked against the Reconciliation API 0.2
// JSON Schemas (vendored, tests/fixtures/reconciliation-api-0.2/) with ajv: every response kind
// for a realistic batch of 20 queries in English and Chinese, then one test per problem of issue 11
// (1 dates as date-times, 2 missing values neutral, 3 per-query errors and property-only queries,
// 4 encoded ids and IRIs, 5 type ids of a declared space, 6 cursor/limit and ids as prefixes,
// 7 manifest URLs from the request), each asserting the real values.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors, specExamples, type SchemaName } from './reconcile-schemas.js';
import { startService, type RunningService } from './start-service.js';
import { OPENREFINE_BATCH as BATCH } from '../helpers/openrefine-batch.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(async () => {
  await service?.stop();
});

const url = (path: string) => `${service.url}${path}`;
const getJson = async (path: string) => {
  const res = await fetch(url(path));
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
};
const postForm = async (params: Record<string, unknown>) => {
  const res = await fetch(url('/reconcile'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)]))),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, any>;
};
const expectValid = (schema: SchemaName, body: unknown) => expect(schemaErrors(schema, body)).toEqual([]);

describe('the harness: the specs\' own examples', () => {
  it.each(specExamples().map(([schema, kind, file]) => [`${schema}/${kind}/${file.split('/').pop()}`, schema, kind, file] as const))(
    '%s',
    (_, schema, kind, file) => {
      const errors = schemaErrors(schema, JSON.parse(readFileSync(file, 'utf8')));
      if (kind === 'valid') expect(errors).toEqual([]);
      else expect(errors.length).toBeGreaterThan(0);
    },
  );

  it('covers every schema the service answers with', () => {
    const schemas = new Set(specExamples().map(([schema]) => schema));
    for (const s of ['manifest', 'reconciliation-result-batch', 'suggest-entities-response', 'suggest-types-response', 'suggest-properties-response', 'data-extension-response', 'data-extension-property-proposal']) {
      expect(schemas).toContain(s);
    }
  });
});


describe('every response kind validates against the 0.2 schemas', () => {
  it('the batch of 20 queries and its results', async () => {
    expectValid('reconciliation-query-batch', BATCH);
    const body = await postForm({ queries: BATCH });
    expectValid('reconciliation-result-batch', body);
    expect(Object.keys(body)).toHaveLength(20);
    const top = (key: string) => body[key].result[0];
    expect(top('q0')).toMatchObject({ id: 'person/cao-shunli', score: 100, match: true });
    expect(top('q1')).toMatchObject({ id: 'person/cao-shunli', match: true });
    expect(body.q2.result).toHaveLength(3);
    expect(top('q3')).toMatchObject({ id: 'person/wang-yu-lawyer', match: true });
    expect(top('q5')).toMatchObject({ id: 'person/jiang-tianyong', match: true });
    expect(top('q6')).toMatchObject({ id: 'person/li-heping', match: true });
    expect(top('q9')).toMatchObject({ id: 'person/wang-quanzhang', match: true });
    expect(top('q10')).toMatchObject({ id: 'person/wang-quanzhang', score: 100, match: true });
    expect(top('q12')).toMatchObject({ id: 'un/cat', match: true });
    expect(top('q15')).toMatchObject({ id: 'place/geneva', match: true });
    expect(top('q18')).toMatchObject({ id: 'person/dolkun-isa', match: true });
    expect(body.q19.result.every((r: { match: boolean }) => !r.match)).toBe(true);
    for (const result of Object.values(body)) expect(result.warnings).toBeUndefined();
  });

  it('the manifest', async () => {
    expectValid('manifest', await getJson('/reconcile'));
  });

  it.each([
    ['suggest-entities-response', '/reconcile/suggest/entity?prefix=%E7%8E%8B'],
    ['suggest-entities-response', '/reconcile/suggest/entity?prefix=wang&type=Person&limit=2&cursor=1'],
    ['suggest-types-response', '/reconcile/suggest/type?prefix=per'],
    ['suggest-properties-response', '/reconcile/suggest/property?prefix=det'],
    ['data-extension-property-proposal', '/reconcile/extend/propose?type=Person'],
    ['data-extension-property-proposal', '/reconcile/extend/propose?type=Person&limit=3'],
  ] as const)('%s: %s', async (schema, path) => {
    const body = await getJson(path);
    expectValid(schema, body);
    expect((body.result ?? body.properties).length).toBeGreaterThan(0);
  });

  it('data extension of every property for the reconciled persons', async () => {
    const batch = await postForm({ queries: BATCH });
    const ids = [...new Set(Object.values(batch).map((r) => r.result[0]?.id).filter(Boolean))];
    const propose = await getJson('/reconcile/extend/propose');
    const extend = { ids, properties: propose.properties.map((p: { id: string }) => ({ id: p.id })) };
    expectValid('data-extension-query', extend);
    const body = await postForm({ extend });
    expectValid('data-extension-response', body);
    expect(Object.keys(body.rows).sort()).toEqual([...ids].sort());
  });

  it('preview: an HTML page (the 0.2 preview response is HTML, no JSON schema)', async () => {
    const res = await fetch(url('/reconcile/preview?id=person/cao-shunli'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const card = await res.text();
    expect(card).toContain('曹顺利');
    expect(card).toContain('ISHR End Reprisals case <code>2014-017-001</code>');
  });
});

describe('issue 11, item 1: dates are date-times', () => {
  it('detention_start of Cao Shunli is 2013-09-01T00:00:00Z', async () => {
    const body = await postForm({ extend: { ids: ['person/cao-shunli', 'person/wang-quanzhang'], properties: [{ id: 'detention_start' }] } });
    expect(body.rows['person/cao-shunli'].detention_start).toEqual([{ date: '2013-09-01T00:00:00Z' }]);
    expect(body.rows['person/wang-quanzhang'].detention_start).toEqual([{ date: '2015-08-01T00:00:00Z' }, { date: '2018-08-01T00:00:00Z' }]);
    expectValid('data-extension-response', body);
  });
});

describe('issue 11, item 2: a missing value is not a contradiction', () => {
  it('citizenship=China keeps Cao Shunli at 100 and a match (the report gives no citizenship for her)', async () => {
    const body = await postForm({ queries: { q0: { query: 'Cao Shunli', properties: [{ pid: 'citizenship', v: 'China' }] } } });
    const top = body.q0.result[0];
    expect(top).toMatchObject({ id: 'person/cao-shunli', score: 100, match: true });
    expect(top.features).toContainEqual({ id: 'properties_unknown', value: 1 });
    expect(top.features).toContainEqual({ id: 'properties_contradicted', value: 0 });
  });

  it('a contradicting value still lowers the score and removes the match', async () => {
    const body = await postForm({ queries: { q0: { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: 'China' }] } } });
    expect(body.q0.result[0]).toMatchObject({ id: 'person/dolkun-isa', score: 60, match: false });
  });

  it('a matching value lifts a partial name', async () => {
    const plain = await postForm({ queries: { q0: { query: 'Li He ping lawyer', type: 'Person' } } });
    const withCharge = await postForm({ queries: { q0: { query: 'Li He ping lawyer', type: 'Person', properties: [{ pid: 'charge', v: 'subversion of state power' }] } } });
    expect(withCharge.q0.result[0].id).toBe('person/li-heping');
    expect(withCharge.q0.result[0].score).toBe(Math.min(99, plain.q0.result[0].score + 10));
  });
});

describe('issue 11, item 3: errors stay per query', () => {
  it('the good queries are answered; each bad one gets [] and a warning saying what to fix', async () => {
    const queries = {
      good: { query: 'Cao Shunli' },
      property: { query: 'Cao Shunli', properties: [{ pid: 'Country', v: 'China' }] },
      type: { query: 'Cao Shunli', type: 'Planet' },
      blank: { query: '   ' },
      limit: { query: 'Cao Shunli', limit: 0 },
      zh: { query: '江天勇' },
    };
    for (const body of [await postForm({ queries }), await getJson(`/reconcile?queries=${encodeURIComponent(JSON.stringify(queries))}`)]) {
      expectValid('reconciliation-result-batch', body);
      expect(body.good.result[0]).toMatchObject({ id: 'person/cao-shunli', match: true });
      expect(body.zh.result[0]).toMatchObject({ id: 'person/jiang-tianyong', match: true });
      expect(body.good.warnings).toBeUndefined();
      expect(body.property).toEqual({ result: [], warnings: [{ type: 'invalid_query', message: 'Query "property": Unknown property "Country"; see /reconcile/extend/propose for the list.' }] });
      expect(body.type.result).toEqual([]);
      expect(body.type.warnings[0].message).toBe('Query "type": Unknown type "Planet"; use one of Person, UNEntity, Organisation, Place, Instrument, Event.');
      expect(body.blank.warnings[0].message).toBe('Query "blank": Each query needs a non-empty "query" string, or "properties" to match on.');
      expect(body.limit.warnings[0].message).toBe('Query "limit": "limit" must be a positive integer, not 0.');
    }
  });

  it('the specs\' no-query-string form: properties alone are answered', async () => {
    const queries = {
      q1: { properties: [{ pid: 'name_zh', v: '曹顺利' }] },
      q2: { properties: [{ pid: 'wikidata', v: 'Q11746' }] },
      q3: { type: 'Person', properties: [{ pid: 'citizenship', v: { id: 'place/germany' } }] },
    };
    expectValid('reconciliation-query-batch', queries);
    const body = await postForm({ queries });
    expectValid('reconciliation-result-batch', body);
    expect(body.q1.result).toEqual([expect.objectContaining({ id: 'person/cao-shunli', score: 100, match: true })]);
    expect(body.q2.result).toEqual([expect.objectContaining({ id: 'place/wuhan', score: 100, match: true })]);
    // citizenship names no one on its own: a candidate, not a match.
    expect(body.q3.result).toEqual([expect.objectContaining({ id: 'person/dolkun-isa', score: 80, match: false })]);
  });
});

describe('issue 11, item 4: ids encoded or not, and as full IRIs', () => {
  const forms = ['person/cao-shunli', 'person%2Fcao-shunli', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli', encodeURIComponent('https://w3id.org/hrd-reprisals/id/person/cao-shunli')];

  it.each(forms)('view ?id=%s → 303 to the entity page, which answers 200', async (id) => {
    const res = await fetch(url(`/reconcile/view?id=${id}`), { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${service.url}/id/person/cao-shunli`);
    expect((await fetch(res.headers.get('location') as string, { headers: { Accept: 'text/html' } })).status).toBe(200);
  });

  it('the manifest view template filled with the encoded id, as a 0.2 client fills it', async () => {
    const manifest = await getJson('/reconcile');
    const filled = manifest.view.url.replace('{{id}}', encodeURIComponent('person/cao-shunli'));
    const res = await fetch(filled, { redirect: 'manual' });
    expect(res.status).toBe(303);
  });

  it('the former template /id/{{id}} filled with the encoded id → 303 to the entity page (no longer 400)', async () => {
    const res = await fetch(url(`/id/${encodeURIComponent('person/cao-shunli')}`), { redirect: 'manual', headers: { Accept: 'text/html' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/id/person/cao-shunli');
    const page = await fetch(url('/id/person/cao-shunli'), { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Cao Shunli');
    // A path trick stays refused however it is encoded.
    expect((await fetch(url(`/id/${encodeURIComponent('person/../../package.json')}`), { redirect: 'manual' })).status).toBe(400);
  });

  it.each(forms)('preview ?id=%s', async (id) => {
    const res = await fetch(url(`/reconcile/preview?id=${id}`));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Cao Shunli');
  });

  it('extend: rows keyed by the ids as sent', async () => {
    const ids = ['person%2Fcao-shunli', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli', `${service.url}/id/person/cao-shunli`];
    const body = await postForm({ extend: { ids, properties: [{ id: 'name_zh' }] } });
    for (const id of ids) expect(body.rows[id].name_zh).toEqual([{ str: '曹顺利' }]);
  });

  it('an unknown id in view is 404', async () => {
    expect((await fetch(url('/reconcile/view?id=person%2Fnobody'), { redirect: 'manual' })).status).toBe(404);
  });
});

describe('issue 11, item 5: extend `type` gives ids of a declared space', () => {
  it('every type id is a type the manifest and suggest/type declare, and its view resolves', async () => {
    const body = await postForm({ extend: { ids: ['person/cao-shunli', 'un/cat', 'place/geneva', 'organisation/unpo'], properties: [{ id: 'type' }] } });
    const declared = new Set<string>();
    for (const prefix of ['p', 'u', 'o', 'i', 'e', 'h']) {
      for (const t of (await getJson(`/reconcile/suggest/type?prefix=${prefix}`)).result) declared.add(t.id);
    }
    const manifest = await getJson('/reconcile');
    for (const t of manifest.defaultTypes) expect(declared).toContain(t.id);
    const typeIds = Object.values(body.rows).flatMap((row: any) => row.type.map((v: { id: string }) => v.id));
    expect(new Set(typeIds)).toEqual(new Set(['Person', 'UNEntity', 'Organisation', 'Place']));
    for (const id of typeIds) expect(declared).toContain(id);
    const res = await fetch(manifest.view.url.replace('{{id}}', 'Person'), { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${service.url}/ontology#Person`);
    expect((await fetch(`${service.url}/ontology`, { headers: { Accept: 'text/html' } })).status).toBe(200);
  });
});

describe('issue 11, item 6: cursor, limit, and ids as prefixes', () => {
  it('suggest pages through every entity named "china" with cursor and limit', async () => {
    const all = (await getJson('/reconcile/suggest/entity?prefix=china&limit=100')).result.map((r: { id: string }) => r.id);
    expect(all.length).toBe(12);
    expect((await getJson('/reconcile/suggest/entity?prefix=china')).result).toHaveLength(10);
    const paged: string[] = [];
    for (let cursor = 0; cursor < 50; cursor += 5) {
      const page = (await getJson(`/reconcile/suggest/entity?prefix=china&limit=5&cursor=${cursor}`)).result;
      expect(page.length).toBeLessThanOrEqual(5);
      if (page.length === 0) break;
      paged.push(...page.map((r: { id: string }) => r.id));
    }
    expect(paged).toEqual(all);
    expect(all).toContain('place/china');
  });

  it('a bad cursor or limit is a 400 saying what to send', async () => {
    const res = await fetch(url('/reconcile/suggest/entity?prefix=china&cursor=-1'), { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('"cursor" must be an integer of at least 0, not "-1".');
  });

  it('suggest type and property and propose honour limit and cursor', async () => {
    const types = (await getJson('/reconcile/suggest/type?prefix=o')).result.map((t: { id: string }) => t.id);
    expect((await getJson('/reconcile/suggest/type?prefix=o&limit=1&cursor=1')).result.map((t: { id: string }) => t.id)).toEqual(types.slice(1, 2));
    expect((await getJson('/reconcile/suggest/property?prefix=d&limit=1')).result).toHaveLength(1);
    const all = (await getJson('/reconcile/extend/propose?type=Person')).properties;
    const limited = await getJson('/reconcile/extend/propose?type=Person&limit=3');
    expect(limited.limit).toBe(3);
    expect(limited.properties).toEqual(all.slice(0, 3));
  });

  it.each(['person/cao-shunli', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli'])('%s as suggest prefix and as query', async (id) => {
    expect((await getJson(`/reconcile/suggest/entity?prefix=${encodeURIComponent(id)}`)).result[0]).toMatchObject({ id: 'person/cao-shunli', name: 'Cao Shunli' });
    const body = await postForm({ queries: { q0: { query: id } } });
    expect(body.q0.result[0]).toMatchObject({ id: 'person/cao-shunli', score: 100, match: true });
  });
});

/** GET with a Host header of our choosing (fetch may not set Host). */
function getWithHeaders(path: string, headers: Record<string, string>): Promise<Record<string, any>> {
  const { port } = new URL(service.url);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => resolve(JSON.parse(text)));
    }).on('error', reject);
  });
}

describe('issue 11, item 7: manifest URLs from the request', () => {
  afterEach(() => {
    delete process.env.PUBLIC_BASE_URL;
    delete process.env.TRUST_PROXY;
  });
  const forwarded = { Host: 'kg.internal:8080', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'reprisals.example.org' };

  it('Host decides, and X-Forwarded-* are ignored without TRUST_PROXY', async () => {
    const manifest = await getWithHeaders('/reconcile', forwarded);
    expect(manifest.view.url).toBe('http://kg.internal:8080/reconcile/view?id={{id}}');
    expect(manifest.preview.url).toBe('http://kg.internal:8080/reconcile/preview?id={{id}}');
    expect(manifest.suggest.entity.service_url).toBe('http://kg.internal:8080/reconcile');
    expect(manifest.extend.propose_properties.service_url).toBe('http://kg.internal:8080/reconcile');
    expectValid('manifest', manifest);
  });

  it('X-Forwarded-Proto/Host decide with TRUST_PROXY=1', async () => {
    process.env.TRUST_PROXY = '1';
    const manifest = await getWithHeaders('/reconcile', forwarded);
    expect(manifest.view.url).toBe('https://reprisals.example.org/reconcile/view?id={{id}}');
    expect(manifest.suggest.property.service_url).toBe('https://reprisals.example.org/reconcile');
  });

  it('a forwarded host that is no host name is ignored', async () => {
    process.env.TRUST_PROXY = 'true';
    const manifest = await getWithHeaders('/reconcile', { ...forwarded, 'X-Forwarded-Host': 'evil.example/"><script>' });
    expect(manifest.view.url).toBe('https://kg.internal:8080/reconcile/view?id={{id}}');
  });

  it('PUBLIC_BASE_URL wins over everything', async () => {
    process.env.PUBLIC_BASE_URL = 'https://kg.example.net/hrd';
    process.env.TRUST_PROXY = '1';
    const manifest = await getWithHeaders('/reconcile', forwarded);
    expect(manifest.view.url).toBe('https://kg.example.net/hrd/reconcile/view?id={{id}}');
  });
});

describe('the crosswalk in data extension and queries', () => {
  it('ishr_code, ishr_record and case_pages of Cao Shunli, and a report\'s document_symbol', async () => {
    const extend = { ids: ['person/cao-shunli', 'person/dolkun-isa', 'document/sg-reprisals-report-2016'], properties: [{ id: 'ishr_code' }, { id: 'ishr_record' }, { id: 'case_pages' }, { id: 'document_symbol' }] };
    const body = await postForm({ extend });
    expectValid('data-extension-response', body);
    expect(body.rows['person/cao-shunli']).toEqual({
      ishr_code: [{ str: '2014-017-001' }],
      ishr_record: [{ str: 'https://endreprisals.ishr.ch/en/entity/mkyckr3fufd' }, { str: 'https://endreprisals.ishr.ch/en/entity/98wdxhaipum' }],
      case_pages: [{ str: 'https://www.nchrd.org/2014/04/prisoner-of-conscience-cao-shunli/' }],
      document_symbol: [],
    });
    expect(body.rows['person/dolkun-isa'].case_pages).toEqual([{ str: 'https://docslib.org/doc/4350655/11-july-2018-excellency-we-have-the-honour-to-address-you-in-our' }]);
    expect(body.rows['person/dolkun-isa'].ishr_code).toEqual([]);
  });

  it('an ISHR code alone reconciles to its person', async () => {
    const body = await postForm({ queries: { q0: { properties: [{ pid: 'ishr_code', v: '2018-010-001' }] } } });
    expect(body.q0.result).toEqual([expect.objectContaining({ id: 'person/wang-yu-lawyer', score: 100, match: true })]);
  });
});
