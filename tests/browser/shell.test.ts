// The page shell in a real browser: every page has the site bar, a main landmark, lang="en", the
// favicon and the CJK web font; the 404 page is styled; Chinese names render in Noto Sans SC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, SKIP_MESSAGE, startBrowserHarness, axe, horizontalOverflow, PHONE, screenshot, type BrowserHarness } from './browser-harness.js';

if (!CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!CHROMIUM)('page shell (Chromium)', () => {
  let browser: BrowserHarness;
  beforeAll(async () => {
    browser = await startBrowserHarness();
  }, 90_000);
  afterAll(() => browser?.stop());

  it('a 404 has the site bar, a main landmark, lang and no axe violation, at phone width too', async () => {
    const { page, errors, offsite } = await browser.open('/no/such/page', PHONE);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe('404 · Not found');
    expect(await page.locator('header nav a').allTextContents()).toContain('Persons');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, '404-phone');
    // The 404's own console message (the failed document load) is the only one allowed.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('Chinese names render with the served Noto Sans SC subset', async () => {
    const { page, errors, offsite } = await browser.open('/id/person/cao-shunli');
    await page.evaluate(() => document.fonts.ready);
    const zh = page.locator('h1 [lang="zh-Hans"]');
    expect(await zh.textContent()).toBe('曹顺利');
    // The subset files holding these characters were fetched from this server and are loaded.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/assets\/fonts\/noto-sans-sc\/.*-400-normal\.woff2$/.test(n)),
    );
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((url) => url.startsWith(browser.url))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Noto Sans SC') && f.status === 'loaded'))).toBe(true);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });

  it('/favicon.ico is the SVG icon', async () => {
    const res = await fetch(`${browser.url}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });
});
