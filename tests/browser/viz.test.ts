// The visual views in a real browser (Chromium through the shared harness, the real service on
// the bundled data): each renders without a console error or an offsite request, with 0 axe
// violations and no sideways scroll at 390 px; the timeline shows Cao Shunli's four acts in
// order; a network node opens its page; the map marks the places; a chart's table equals the
// SPARQL endpoint's answer to the chart's own query. Screenshots for people: tests/browser/screenshots/ on every run, docs/screenshots/ (the README's)
// with DOCS_SCREENSHOTS=1.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CHART_QUERIES } from '../../src/domain/viz/charts/chart-queries.js';
import { axe, CHROMIUM, horizontalOverflow, PHONE, screenshot, SKIP_MESSAGE, startBrowserHarness, type BrowserHarness } from './browser-harness.js';

if (!CHROMIUM) console.warn(SKIP_MESSAGE);

const FOUR = [
  '/id/act/cao-shunli-airport-detention-2013',
  '/id/act/cao-shunli-denial-of-medicine',
  '/id/act/cao-shunli-death-in-custody',
  '/id/act/cao-shunli-abduction-and-disappearance',
];
const DOCS = path.join(PROJECT_ROOT, 'docs', 'screenshots');

describe.skipIf(!CHROMIUM)('visual views (Chromium)', () => {
  let browser: BrowserHarness;
  beforeAll(async () => {
    browser = await startBrowserHarness();
  }, 90_000);
  afterAll(() => browser?.stop());

  it.each(['/timeline', '/network', '/map', '/charts', '/timeline?type=deprivation-of-liberty&from=2015&status=ongoing'])(
    '%s renders cleanly at desktop and phone width',
    async (pathname) => {
      for (const viewport of [undefined, PHONE]) {
        const { page, errors, offsite } = await browser.open(pathname, viewport);
        expect(await page.locator('main h1').count()).toBe(1);
        expect(await horizontalOverflow(page)).toBe(0);
        expect(await axe(page)).toEqual([]);
        expect(errors).toEqual([]);
        expect(offsite).toEqual([]);
        await page.close();
      }
    },
    120_000,
  );

  it("the timeline shows Cao Shunli's four acts in order, each linking to the act and its passage", async () => {
    const { page } = await browser.open('/timeline?perpetrator=chinese-police');
    const caoActs = await page
      .locator('.tl-row a.tl-act')
      .evaluateAll((links, four) => links.map((a) => a.getAttribute('href')).filter((href) => four.includes(href!)), FOUR);
    // the abduction names no perpetrator organ (the report holds the state responsible): filtered out
    expect(caoActs).toEqual(['/id/act/cao-shunli-airport-detention-2013', '/id/act/cao-shunli-denial-of-medicine', '/id/act/cao-shunli-death-in-custody']);
    await page.close();

    const all = await browser.open('/timeline');
    const row = (href: string) => all.page.locator('.tl-row', { has: all.page.locator(`a.tl-act[href="${href}"]`) });
    const rows = { nth: (i: number) => row(FOUR[i]!) };
    const order = await all.page.locator('.tl-row a.tl-act').evaluateAll((links, four) => links.map((a) => a.getAttribute('href')).filter((href) => four.includes(href!)), FOUR);
    expect(order).toEqual(FOUR);
    // the precision is visible: an outlined exact bar for the month, a masked (fuzzy) band for the context-dated act
    expect(await rows.nth(0).locator('svg rect').getAttribute('stroke')).toBe('#1d2329');
    expect(await rows.nth(1).locator('svg rect').getAttribute('mask')).toBe('url(#viz-fade-both)');
    expect(await rows.nth(3).locator('svg rect').count()).toBe(0);
    await screenshot(all.page, 'timeline');
    await rows.nth(2).locator('a.tl-quote').click();
    await all.page.waitForURL(/\/id\/passage\/1579-1640$/);
    await all.page.close();
  }, 60_000);

  it('a filter change reloads the timeline with the filter (viz.js)', async () => {
    const { page, errors } = await browser.open('/timeline');
    const before = await page.locator('.tl-row').count();
    await Promise.all([page.waitForURL(/status=ongoing/), page.selectOption('select[name="status"]', 'ongoing')]);
    const after = await page.locator('.tl-row').count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator('.tl-when strong', { hasText: 'ongoing' }).count()).toBe(after);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("clicking a network node opens the node's page", async () => {
    const { page } = await browser.open('/network');
    await screenshot(page, 'network');
    await page.locator('svg.net-svg a.node[data-id="cao-shunli"]').click();
    await page.waitForURL(/\/id\/person\/cao-shunli$/);
    expect(await page.locator('main h1').textContent()).toContain('Cao Shunli');
    await page.close();
  }, 60_000);

  it("a person's page shows the timeline of their acts and their network neighbourhood", async () => {
    const { page, errors, offsite } = await browser.open('/id/person/cao-shunli');
    const order = await page.locator('#entity-timeline .tl-row a.tl-act').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(order).toEqual(FOUR);
    expect(await page.locator('#entity-network a.node[data-id="chen-jianfang"]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.locator('#entity-network a.node[data-id="chinese-police"]').click();
    await page.waitForURL(/\/id\/organisation\/chinese-police$/);
    await page.close();
  }, 60_000);

  it('the map marks the places of acts and engagements and lists the one it lacks', async () => {
    const { page } = await browser.open('/map');
    const marked = await page.locator('#map-world a[aria-label]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const place of ['/id/place/beijing', '/id/place/geneva', '/id/place/new-york-city', '/id/place/china', '/id/place/shanghai']) {
      expect(marked).toContain(place);
    }
    expect(await page.locator('#map-china a[href="/id/place/wuhan"]').count()).toBe(1);
    expect(await page.locator('#map-places tr[data-place="/id/place/hunan"] td').last().textContent()).toContain('within People');
    expect(await page.locator('#map-missing li').allTextContents()).toEqual([expect.stringContaining('Southeast Asia')]);
    await screenshot(page, 'map');
    await page.close();
  }, 60_000);

  it("each chart's table equals the SPARQL endpoint's answer to the chart's query", async () => {
    const { page } = await browser.open('/charts');
    for (const chart of CHART_QUERIES) {
      const table = await page.locator(`#${chart.id} table.chart-data tbody tr`).evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim())),
      );
      const response = await page.request.get(`${browser.url}/sparql?query=${encodeURIComponent(chart.query)}`, {
        headers: { accept: 'application/sparql-results+json' },
      });
      const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: Record<string, { type: string; value: string }>[] } };
      const shown = json.head.vars.filter((v) => json.results.bindings.every((b) => b[v]?.type !== 'uri'));
      const answer = json.results.bindings.map((b) => shown.map((v) => b[v]?.value));
      expect(answer.length).toBeGreaterThan(0);
      expect(table).toEqual(answer);
    }
    await screenshot(page, 'charts');
    await page.close();
  }, 60_000);

  it('the home page shows the standing charts, and the query page charts an aggregate result with its table', async () => {
    const { page, errors, offsite } = await browser.open('/?example=acts-per-perpetrator&run');
    expect(await page.locator('#acts-per-perpetrator table.chart-data tbody tr').count()).toBeGreaterThan(3);
    const table = page.locator('#query-chart table.chart-data');
    await table.waitFor({ timeout: 30_000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    // the same rows the endpoint answers for the example's query (IRI columns become links, unbound cells empty)
    const query = readFileSync(path.join(PROJECT_ROOT, 'queries', 'acts-per-perpetrator.rq'), 'utf8');
    const response = await page.request.get(`${browser.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/sparql-results+json' } });
    const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: Record<string, { type: string; value: string }>[] } };
    const shown = json.head.vars.filter((v) => json.results.bindings.every((b) => b[v]?.type !== 'uri'));
    expect(rows).toEqual(json.results.bindings.map((b) => shown.map((v) => b[v]?.value ?? '')));
    expect(await axe(page, ['#yasgui'])).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 90_000);

  it('the chart view of a query (result-chart.js) draws the chart of an aggregate SELECT', async () => {
    const { page, errors } = await browser.open('/charts');
    await page.addScriptTag({ url: '/assets/viz/result-chart.js' });
    const query = CHART_QUERIES[1]!.query;
    const drawn = await page.evaluate(async (q) => {
      const box = document.createElement('div');
      box.id = 'hook';
      document.querySelector('main')!.append(box);
      return (window as unknown as { hrdViz: { chart: (q: string, el: Element) => Promise<boolean> } }).hrdViz.chart(q, box);
    }, query);
    expect(drawn).toBe(true);
    expect(await page.locator('#hook table.chart-data tbody tr').count()).toBeGreaterThan(3);
    const refused = await page.evaluate(async () =>
      (window as unknown as { hrdViz: { chart: (q: string, el: Element) => Promise<boolean> } }).hrdViz.chart('ASK {}', document.getElementById('hook')!),
    );
    expect(refused).toBe(false);
    expect(await page.locator('#hook').textContent()).toContain('needs a SELECT');
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await page.close();
  }, 60_000);

  // Only on request (DOCS_SCREENSHOTS=1): the README's pictures are refreshed by hand, not by every CI run.
  it.skipIf(!process.env.DOCS_SCREENSHOTS)('writes the README screenshots (phone width for the timeline)', async () => {
    mkdirSync(DOCS, { recursive: true });
    for (const [pathname, name, viewport] of [
      ['/timeline', 'timeline', undefined],
      ['/network', 'network', undefined],
      ['/map', 'map', undefined],
      ['/charts', 'charts', undefined],
      ['/timeline?type=physical-integrity', 'timeline-phone', PHONE],
    ] as const) {
      const { page } = await browser.open(pathname, viewport);
      const file = path.join(DOCS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(file).toMatch(/\.png$/);
      await page.close();
    }
  }, 180_000);
});
