// The query page loads in two steps: a plain form first (server-rendered, usable without
// JavaScript), then, after the load event, the YASGUI editor in its place (public/home.js).
// In Chromium: with JavaScript off the form sends a query to /sparql and the answer is shown;
// with JavaScript the editor replaces the form after the load event (one editor, the example's
// query, the User Timing mark bench/browser.ts reads); what the reader typed into the form
// before the editor came is kept; an example clicked before the editor came still loads and
// runs; and an example clicked afterwards loads and runs as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { readExampleQueries } from '../../src/http/home/example-queries.js';
import { axe, CHROMIUM, CHROMIUM_ARGS, DESKTOP, SKIP_MESSAGE, startBrowserHarness, YASGUI_EDITOR, type BrowserHarness } from './browser-harness.js';

if (!CHROMIUM) console.warn(SKIP_MESSAGE);

const FIRST = readExampleQueries()[0]!;
const editorQuery = (page: Page) => page.evaluate(() => (window as unknown as { hrdYasgui: { getTab(): { getQuery(): string } } }).hrdYasgui.getTab().getQuery());

describe.skipIf(!CHROMIUM)('query page: form first, editor after the load event (Chromium)', () => {
  let harness: BrowserHarness;
  let noScript: Browser;
  beforeAll(async () => {
    harness = await startBrowserHarness();
    noScript = await chromium.launch({ executablePath: CHROMIUM!, headless: true, args: CHROMIUM_ARGS });
  }, 120_000);
  afterAll(async () => {
    await noScript?.close();
    await harness?.stop();
  });

  /** A page of the harness's browser whose YASGUI script is held back until `release()`. */
  async function withHeldEditor(path: string): Promise<{ page: Page; errors: string[]; release: () => Promise<void> }> {
    const page = await harness.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    let held: Route | undefined;
    let arrived: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => (arrived = resolve));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (!url.startsWith(`${harness.url}/`)) return route.abort('blockedbyclient');
      if (url.endsWith('/assets/yasgui/yasgui.min.js')) {
        held = route;
        arrived();
        return undefined;
      }
      return route.continue();
    });
    await page.goto(harness.url + path, { waitUntil: 'load' });
    await requested;
    return {
      page,
      errors,
      release: async () => {
        await held!.continue();
        await page.locator('#yasgui[data-editor="ready"]').waitFor({ timeout: 60_000 });
      },
    };
  }

  it('without JavaScript: the form is there, labelled, and its answer is shown in the browser', async () => {
    const context = await noScript.newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const offsite: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${harness.url}/`)) return route.continue();
      offsite.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.goto(`${harness.url}/?example=acts-per-perpetrator`, { waitUntil: 'load' });
    const query = page.getByLabel(/SPARQL query/);
    expect(await query.inputValue()).toBe(readExampleQueries().find((e) => e.id === 'acts-per-perpetrator')!.query);
    expect(await page.locator('.yasqe').count()).toBe(0);
    await page.getByLabel('Results as').selectOption('csv');
    await page.getByRole('button', { name: 'Run query' }).click();
    await page.waitForURL(/\/sparql\?query=.*&format=csv&view=text$/);
    const text = await page.locator('body').innerText();
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('perpetrator,name,organType,acts');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((line) => /^https:\/\/w3id\.org\/hrd-reprisals\/id\/organisation\/[^,]+,[^,]+,.*,\d+$/.test(line))).toBe(true);
    expect(offsite).toEqual([]);
    await context.close();
  }, 120_000);

  it('with JavaScript: the editor replaces the form after the load event, with the example’s query', async () => {
    const { page, errors, offsite } = await harness.open('/');
    await page.locator('#yasgui[data-editor="ready"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#query-form').count()).toBe(0);
    expect(await page.locator('.yasqe').count()).toBe(1);
    expect(await editorQuery(page)).toBe(FIRST.query);
    const { load, ready } = await page.evaluate(() => ({
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      ready: performance.getEntriesByName('hrd:editor-ready')[0]?.startTime ?? -1,
    }));
    expect(ready).toBeGreaterThanOrEqual(load);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    expect(await axe(page, [YASGUI_EDITOR])).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  }, 120_000);

  it('keeps what the reader typed in the form before the editor came; the form has 0 axe violations', async () => {
    const { page, errors, release } = await withHeldEditor('/');
    // The page as a reader without JavaScript has it (axe cannot run with scripts off).
    expect(await page.locator('#query-form').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    const typed = 'SELECT ?act WHERE { ?act a <https://w3id.org/hrd-reprisals/ontology#ReprisalAct> } LIMIT 3\n';
    await page.getByLabel(/SPARQL query/).fill(typed);
    await release();
    expect(await editorQuery(page)).toBe(typed);
    expect(await page.locator('#query-form').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('an example clicked before the editor came is loaded and run once it is there', async () => {
    const { page, errors, release } = await withHeldEditor('/');
    await page.locator('a[data-example="acts-per-perpetrator"]').click();
    expect(page.url()).toBe(`${harness.url}/?example=acts-per-perpetrator&run`);
    const example = readExampleQueries().find((e) => e.id === 'acts-per-perpetrator')!;
    expect(await page.getByLabel(/SPARQL query/).inputValue()).toBe(example.query);
    await release();
    expect(await editorQuery(page)).toBe(example.query);
    const table = page.locator('.hrd-results table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('th').allTextContents()).toEqual(['perpetrator', 'organType', 'acts']);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('an example clicked in the editor loads and runs it', async () => {
    const { page, errors } = await harness.open('/');
    await page.locator('#yasgui[data-editor="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('a[data-example="sentences"]').click();
    const table = page.locator('.hrd-results table');
    await table.waitFor({ timeout: 30_000 });
    expect(await editorQuery(page)).toBe(readExampleQueries().find((e) => e.id === 'sentences')!.query);
    expect(await table.locator('th').first().textContent()).toBe('person');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
