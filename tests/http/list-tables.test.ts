// GET /api/lists/{kind}: the browse lists as JSON (default) or CSV through the API, with the
// same filters and sort as the HTML lists, read from the bundled graph; documented in OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { REP } from '../../src/vocab.js';
import { BROWSE_KINDS } from '../../src/domain/browse/browse-kinds.js';
import { sharedEntityGraph } from '../../src/domain/entity/shared-entity-graph.js';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(() => service.stop());

const get = (path: string, accept?: string) => fetch(service.url + path, accept ? { headers: { Accept: accept } } : {});

interface ListBody {
  kind: string;
  total: number;
  count: number;
  sort: string;
  descending: boolean;
  filters: Record<string, string>;
  items: Record<string, string | number>[];
}

describe('GET /api/lists/{kind}', () => {
  it('answers JSON by default: every act with its victim, date and place', async () => {
    const res = await get('/api/lists/acts');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as ListBody;
    const acts = sharedEntityGraph().instancesOf(REP.ReprisalAct);
    expect(body).toMatchObject({ kind: 'acts', total: acts.length, count: acts.length, sort: 'date', descending: false, filters: {} });
    const airport = body.items.find((i) => i['iri'] === 'https://w3id.org/hrd-reprisals/id/act/cao-shunli-airport-detention-2013')!;
    expect(airport).toMatchObject({ date: 'September 2013', victim: 'Cao Shunli', place: 'Beijing Capital International Airport', status: 'ended' });
    expect(airport['page']).toBe(`${service.url}/id/act/cao-shunli-airport-detention-2013`);
  });

  it('answers CSV (format=csv or Accept: text/csv) with the same rows as the HTML list’s CSV', async () => {
    const viaFormat = await get('/api/lists/persons?format=csv&type=deprivation-of-liberty&sort=acts&dir=desc');
    expect(viaFormat.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(viaFormat.headers.get('content-disposition')).toBe('attachment; filename="persons.csv"');
    const text = await viaFormat.text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['iri', 'name', 'zh', 'acts', 'years', 'families']);
    const counts = rows.map((r) => Number(r['acts']));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(rows.find((r) => r['name'] === 'Cao Shunli')).toMatchObject({ zh: '曹顺利', iri: 'https://w3id.org/hrd-reprisals/id/person/cao-shunli' });
    // The page's own CSV of the same filter is byte for byte the same table.
    expect(await (await get('/persons?format=csv&type=deprivation-of-liberty&sort=acts&dir=desc')).text()).toBe(text);
    const viaAccept = await (await get('/api/lists/persons?type=deprivation-of-liberty&sort=acts&dir=desc', 'text/csv')).text();
    expect(viaAccept).toBe(text);
  });

  it('keeps only rows with a matching act and counts only those (status=ongoing)', async () => {
    const all = (await (await get('/api/lists/persons')).json()) as ListBody;
    const ongoing = (await (await get('/api/lists/persons?status=ongoing')).json()) as ListBody;
    expect(ongoing.filters).toEqual({ status: 'ongoing' });
    expect(ongoing.count).toBeGreaterThan(0);
    expect(ongoing.count).toBeLessThan(all.count);
    expect(ongoing.total).toBe(all.total);
    for (const item of ongoing.items) {
      const before = all.items.find((i) => i['iri'] === item['iri'])!;
      expect(Number(item['acts'])).toBeGreaterThan(0);
      expect(Number(item['acts'])).toBeLessThanOrEqual(Number(before['acts']));
    }
  });

  it.each(BROWSE_KINDS)('/api/lists/%s answers the rows of /%s', async (kind) => {
    const api = (await (await get(`/api/lists/${kind}`)).json()) as ListBody;
    const page = (await (await get(`/${kind}?format=json`)).json()) as ListBody;
    expect(api.count).toBeGreaterThan(0);
    expect(api).toEqual(page);
  });

  it.each([
    ['/api/lists/acts?format=html', 406, /csv or json/],
    ['/api/lists/acts?from=2015&to=2013', 400, /from/],
    ['/api/lists/acts?sort=nope', 400, /sort by one of: date, name/],
    ['/api/lists/events?place=beijing', 400, /only sort, dir and format/],
    ['/api/lists/persons?limit=5', 400, /Unknown parameter "limit"/],
  ])('%s → %i with a message saying what to send', async (path, status, message) => {
    const res = await get(path, 'application/json');
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });

  it('an unknown list is a 404, and POST is a 405', async () => {
    expect((await get('/api/lists/nope')).status).toBe(404);
    expect((await fetch(`${service.url}/api/lists/persons`, { method: 'POST' })).status).toBe(405);
  });

  it('is described in /openapi.json, with its filters and formats', async () => {
    const doc = (await (await get('/openapi.json')).json()) as { paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }> };
    for (const kind of BROWSE_KINDS) expect(Object.keys(doc.paths)).toContain(`/api/lists/${kind}`);
    const acts = doc.paths['/api/lists/acts']!.get;
    expect(acts.parameters.map((p) => p.name)).toEqual(['type', 'from', 'to', 'place', 'perpetrator', 'unBody', 'status', 'sort', 'dir', 'format']);
    expect(Object.keys(acts.responses['200']!.content!)).toEqual(['application/json', 'text/csv']);
    expect(doc.paths['/api/lists/events']!.get.parameters.map((p) => p.name)).toEqual(['sort', 'dir', 'format']);
  });
});
