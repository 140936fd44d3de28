// The browse lists and the site search over HTTP: formats (HTML, CSV, JSON), filters, sorting,
// and the 4xx a client's mistake gets. The lists read the bundled graph (shared entity graph).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { REP } from '../../src/vocab.js';
import { sharedEntityGraph } from '../../src/domain/entity/shared-entity-graph.js';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(() => service.stop());

const get = (path: string, accept?: string) => fetch(service.url + path, accept ? { headers: { Accept: accept } } : {});

describe('browse lists', () => {
  it('/acts as CSV has one row per act of the graph, with its victim and perpetrator', async () => {
    const res = await get('/acts?format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="acts.csv"');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(sharedEntityGraph().instancesOf(REP.ReprisalAct).length);
    const airport = rows.find((r) => r['iri']!.endsWith('/act/cao-shunli-airport-detention-2013'))!;
    expect(airport).toMatchObject({ date: 'September 2013', victim: 'Cao Shunli', place: 'Beijing Capital International Airport', status: 'ended' });
    // Sorted by earliest date by default: undated acts last.
    expect(rows.at(-1)!['date']).toBe('');
  });

  it('filters persons by act-type family and years, and counts only the matching acts', async () => {
    const all = (await (await get('/persons?format=json')).json()) as { total: number; items: { name: string; acts: number }[] };
    const body = (await (await get('/persons?format=json&type=deprivation-of-liberty&from=2013&to=2013')).json()) as typeof all;
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.length).toBeLessThan(all.items.length);
    const cao = body.items.find((i) => i.name === 'Cao Shunli')!;
    // Her airport detention (September 2013) and disappearance are in this family, her death is 2014.
    expect(cao.acts).toBeGreaterThan(0);
    expect(cao.acts).toBeLessThan(all.items.find((i) => i.name === 'Cao Shunli')!.acts);
  });

  it('sorts by a column, descending with dir=desc', async () => {
    const body = (await (await get('/persons?format=json&sort=acts&dir=desc')).json()) as { items: { acts: number }[] };
    const counts = body.items.map((i) => i.acts);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('serves HTML to browsers, with the site bar and sortable headers', async () => {
    const html = await (await get('/un', 'text/html')).text();
    expect(html).toContain('<h1>UN bodies and mechanisms</h1>');
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('Committee against Torture');
  });

  it.each([
    ['/acts?sort=nope', 400, /sort by one of: date, name/],
    ['/acts?from=2015&to=2013', 400, /from/],
    ['/acts?type=not-a-type', 400, /type/],
    ['/events?place=beijing', 400, /only sort, dir and format/],
    ['/acts?format=xml', 406, /html, csv or json/],
    ['/persons?dir=sideways', 400, /asc or desc/],
  ])('%s → %i', async (path, status, message) => {
    const res = await get(path, 'application/json');
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
  });
});

describe('search', () => {
  it.each([['王宇'], ['Wang Yu'], ['wang yuu'], ['Wan']])('finds Wang Yu from %s', async (q) => {
    const body = (await (await get(`/search?format=json&q=${encodeURIComponent(q)}`)).json()) as { results: { label: string; zh?: string; href: string }[] };
    expect(body.results[0]).toMatchObject({ label: 'Wang Yu', zh: '王宇', href: '/id/person/wang-yu-lawyer' });
  });

  it('finds an organisation by its abbreviation and says which name matched', async () => {
    const body = (await (await get('/search?format=json&q=CAT')).json()) as { results: { label: string; matched: string }[] };
    expect(body.results[0]).toMatchObject({ label: 'Committee against Torture', matched: 'CAT' });
  });

  it('answers a results page in HTML', async () => {
    const html = await (await get('/search?q=Cao+Shunli', 'text/html')).text();
    expect(html).toContain('<a href="/id/person/cao-shunli">Cao Shunli</a> <span lang="zh-Hans">曹顺利</span>');
    expect(html).toContain('value="Cao Shunli"');
  });

  it.each([
    ['/search?q=a&limit=500', 400],
    ['/search?q=a&q=b', 400],
    [`/search?q=${'x'.repeat(201)}`, 400],
    ['/search?q=a&format=csv', 406],
  ])('%s → %i', async (path, status) => {
    expect((await get(path, 'application/json')).status).toBe(status);
  });
});

describe('shell', () => {
  it('an unknown page is the styled 404 with the site bar and a main landmark', async () => {
    const res = await get('/no/such/page', 'text/html');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<main id="main">');
    expect(html).toContain('<nav aria-label="Site">');
  });

  it('serves the CJK font CSS pointing only at this server, and its subset files', async () => {
    const css = await (await get('/assets/fonts/noto-sans-sc.css')).text();
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(50);
    expect(urls.every((u) => u.startsWith('/assets/fonts/noto-sans-sc/') && u.endsWith('-400-normal.woff2'))).toBe(true);
    const font = await get(urls[0]!);
    expect(font.status).toBe(200);
    expect((await get('/assets/fonts/noto-sans-sc/noto-sans-sc-4-700-normal.woff2')).status).toBe(404);
  });

  it('?view=text shows an RDF representation as text/plain', async () => {
    const res = await get('/id/person/cao-shunli?format=ttl&view=text');
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toContain('曹顺利');
  });
});
