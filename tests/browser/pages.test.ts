// Every page of ours in a real browser (Chromium via playwright-core, the service on the bundled
// data): it renders, logs no console error, requests nothing outside the server, has 0 axe-core
// violations at desktop width, and does not scroll sideways at 390 px. Also: the page shell (site
// bar, lang, main landmark, CJK web font, favicon), the lists' sorting and filters, and the
// search box finding 王宇 and Wang Yu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_SECTIONS } from '../../src/http/views/layout.js';
import { axe, CHROMIUM, horizontalOverflow, PHONE, screenshot, SKIP_MESSAGE, startBrowserHarness, type BrowserHarness } from './browser-harness.js';

if (!CHROMIUM) console.warn(SKIP_MESSAGE);

/** [path, screenshot name, expected <h1>]: the pages this helper's views render. */
const OUR_PAGES: readonly (readonly [string, string, RegExp])[] = [
  ['/persons', 'persons', /^Persons$/],
  ['/acts', 'acts', /^Acts of reprisal$/],
  ['/organisations', 'organisations', /^Organisations$/],
  ['/un', 'un', /^UN bodies and mechanisms$/],
  ['/events', 'events', /^Events$/],
  ['/documents', 'documents', /^Documents$/],
  ['/places', 'places', /^Places$/],
  ['/acts?type=deprivation-of-liberty&from=2013&to=2014', 'acts-filtered', /^Acts of reprisal$/],
  ['/search?q=%E7%8E%8B%E5%AE%87', 'search', /^Search: “王宇”$/],
  ['/search', 'search-empty', /^Search$/],
  ['/id/person/cao-shunli', 'person', /^Cao Shunli/],
  ['/id/act/cao-shunli-airport-detention-2013', 'act', /^Police detain Cao Shunli/],
  ['/id/passage/4180-4292', 'passage', /^Passage 4180–4292 of the report$/],
  ['/id/organisation/chinese-police', 'organisation', /police/i],
  ['/vocab/act-type/detention', 'concept', /detention/i],
  ['/ontology', 'ontology', /./],
];

/** Pages of the other views (timeline, network, map): checked here for width only. */
const OTHER_PAGES = ['/timeline', '/network', '/map'];

describe.skipIf(!CHROMIUM)('pages in Chromium', { timeout: 120_000 }, () => {
  let browser: BrowserHarness;
  beforeAll(async () => {
    browser = await startBrowserHarness();
  }, 120_000);
  afterAll(() => browser?.stop());

  it.each(OUR_PAGES)('%s renders with no console error, no offsite request, 0 axe violations', async (path, name, heading) => {
    const { page, errors, offsite } = await browser.open(path);
    expect(await page.locator('main h1').first().textContent()).toMatch(heading);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('header.sitebar nav a').allTextContents()).toEqual(SITE_SECTIONS.map(([, label]) => label));
    expect(await axe(page)).toEqual([]);
    await screenshot(page, name, name !== 'ontology');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it.each([...OUR_PAGES.map(([path]) => path), '/', '/release', '/no/such/page', ...OTHER_PAGES])('%s has no sideways scroll at 390 px', async (path) => {
    const { page, offsite } = await browser.open(path, PHONE);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(offsite).toEqual([]);
    await page.close();
  }, 60_000);

  it('a 404 is styled: site bar, main landmark, lang, 0 axe violations', async () => {
    const { page, errors, offsite } = await browser.open('/no/such/page', PHONE);
    expect(await page.locator('main h1').textContent()).toBe('404 · Not found');
    expect(await axe(page)).toEqual([]);
    await screenshot(page, '404-phone');
    // The browser reports the document's own 404 status; nothing else may fail.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('/release is never blank: a "being built" page reloads itself into the list of files', async () => {
    const { page, errors, offsite } = await browser.open('/release');
    await page.locator('main table').waitFor({ timeout: 90_000 });
    expect(await page.locator('main h1').textContent()).toMatch(/^Dataset release /);
    expect(await page.locator('main table a[download]').count()).toBeGreaterThan(5);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, 'release');
    expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it('Chinese names render with the served Noto Sans SC subset', async () => {
    const { page, errors } = await browser.open('/id/person/cao-shunli');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('h1 [lang="zh-Hans"]').textContent()).toBe('曹顺利');
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/assets\/fonts\/noto-sans-sc\/.*-400-normal\.woff2$/.test(n)),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((url) => url.startsWith(browser.url))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/favicon.ico is the SVG icon', async () => {
    const res = await fetch(`${browser.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });

  it.each([
    ['王宇', '/id/person/wang-yu-lawyer'],
    ['Wang Yu', '/id/person/wang-yu-lawyer'],
    ['wang yuu', '/id/person/wang-yu-lawyer'],
  ])('the search box suggests %s as you type and opens its page', async (query, target) => {
    const { page, errors, offsite } = await browser.open('/acts');
    const box = page.getByRole('combobox', { name: /search names/i });
    await box.fill(query);
    const option = page.locator('#site-search-options [role=option]').first();
    await option.waitFor();
    expect(await option.textContent()).toContain('Wang Yu');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(`${browser.url}${target}`);
    expect(await page.locator('main h1').textContent()).toContain('王宇');
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('the search form works without suggestions: Enter submits to /search', async () => {
    const { page } = await browser.open('/');
    await page.getByRole('combobox', { name: /search names/i }).fill('Wang Yu');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=Wang\+Yu$/);
    expect(await page.locator('main ol.results li a').first().textContent()).toBe('Wang Yu');
    await page.close();
  });

  it('a list sorts by a column header and filters by a choice', async () => {
    const { page, errors } = await browser.open('/persons');
    await page.locator('th a.sort', { hasText: 'Acts' }).click();
    await page.waitForURL(/sort=acts&dir=desc/);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Acts');
    const counts = (await page.locator('tbody tr td.count').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const total = await page.locator('tbody tr').count();
    await page.locator('select[name="type"]').selectOption('deprivation-of-liberty');
    await page.waitForURL(/type=deprivation-of-liberty/);
    const filtered = await page.locator('tbody tr').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    expect(await page.locator('.summary').textContent()).toContain(`${filtered} of ${total} persons`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
