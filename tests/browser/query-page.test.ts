// The query page in a real browser: one editor, no focus grab or scroll jump on load, Tab leaves
// the editor, an example link loads AND runs its query, result cells read as text and link to
// this server's pages, nothing overflows at 390 px, no console error, nothing leaves the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, CHROMIUM, horizontalOverflow, PHONE, screenshot, SKIP_MESSAGE, startBrowserHarness, YASGUI_EDITOR, type BrowserHarness } from './browser-harness.js';

if (!CHROMIUM) console.warn(SKIP_MESSAGE);


describe.skipIf(!CHROMIUM)('query page (Chromium)', () => {
  let browser: BrowserHarness;
  beforeAll(async () => {
    browser = await startBrowserHarness();
  }, 90_000);
  afterAll(() => browser?.stop());

  it('loads without focus grab or scroll jump, with one editor tab', async () => {
    const { page, errors, offsite } = await browser.open('/');
    await page.waitForSelector('.yasqe .CodeMirror');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await page.locator('.yasgui .tabsList').isVisible()).toBe(false);
    expect(await page.locator('.yasqe').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it('Tab moves focus out of the editor', async () => {
    const { page } = await browser.open('/');
    await page.waitForSelector('.yasqe .CodeMirror');
    await page.locator('.yasqe .CodeMirror-lines').click();
    const focused = await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.parentElement?.parentElement?.className);
    expect(focused).toMatch(/^TEXTAREA CodeMirror/);
    expect(await page.evaluate(() => document.activeElement?.closest('.yasqe') !== null)).toBe(true);
    const before = await page.evaluate(() => (window as unknown as { hrdYasgui: { getTab(): { getQuery(): string } } }).hrdYasgui.getTab().getQuery());
    await page.keyboard.press('Tab');
    // Focus is on the next control (YASGUI's share button), no longer in CodeMirror's textarea.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    // (YASGUI puts its buttons inside the CodeMirror wrapper; the editor itself reports blur.)
    expect(await page.evaluate(() => document.querySelector('.CodeMirror')!.classList.contains('CodeMirror-focused'))).toBe(false);
    const after = await page.evaluate(() => (window as unknown as { hrdYasgui: { getTab(): { getQuery(): string } } }).hrdYasgui.getTab().getQuery());
    expect(after).toBe(before);
    await page.close();
  }, 120_000);

  it('an example loads and runs; cells are text and entities link to this server', async () => {
    const { page, errors, offsite } = await browser.open('/');
    await page.waitForSelector('.yasqe .CodeMirror');
    await page.locator('a[data-example="acts-per-perpetrator"]').click();
    const table = page.locator('.hrd-results table');
    await table.waitFor();
    const headers = await table.locator('th').allTextContents();
    // ?name is merged into ?perpetrator as its link text.
    expect(headers).toEqual(['perpetrator', 'organType', 'acts']);
    const first = table.locator('tbody tr').first();
    const link = first.locator('td').first().locator('a');
    expect(await link.getAttribute('href')).toMatch(/^\/id\/organisation\//);
    expect(await link.textContent()).not.toMatch(/^https?:|organisation\//);
    const cells = await table.locator('tbody td').allTextContents();
    for (const text of cells) {
      expect(text).not.toMatch(/"@|\^\^|XMLSchema/);
    }
    expect(await first.locator('td').nth(2).textContent()).toMatch(/^\d+$/);
    // The results are in view after the click.
    const box = await table.boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(box!.y + 20).toBeGreaterThan(0);
    await screenshot(page, 'query-page');
    await link.click();
    await page.waitForURL(/\/id\/organisation\//);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it('has no axe violation (the editor widget aside) and no sideways scroll at 390 px', async () => {
    const { page, errors } = await browser.open('/?example=acts-per-type-per-year&run', PHONE);
    await page.locator('.hrd-results table').waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axe(page, [YASGUI_EDITOR])).toEqual([]);
    await screenshot(page, 'query-page-phone');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
