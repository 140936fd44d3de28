// Browser-test harness: the real service on the bundled data, in-process on 127.0.0.1 port 0,
// and Debian's Chromium (/usr/bin/chromium) driven by playwright-core (no browser download).
// Every page opened through `open()`:
//   - fails the test on a console error or an uncaught page error;
//   - may not reach anything but this server: every other request is aborted and recorded
//     (route interception), and `offsite` must stay empty;
//   - can be checked with axe-core (injected from the npm package as a script: `axe()`);
//   - can be photographed into tests/browser/screenshots/ (git-ignored; for people, never
//     compared by pixels).
// When /usr/bin/chromium is absent, `CHROMIUM` is undefined and test files skip with a message
// (CI installs it: see .ci/run).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_ENGINE_CONFIG } from '../../src/engine/engine-config.js';
import { EngineService } from '../../src/engine/engine-service.js';
import { createApp } from '../../src/http/app.js';
import { createHttpServer } from '../../src/http/http-server.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The browser's path when it is installed; test files use `describe.skipIf(!CHROMIUM)`. */
export const CHROMIUM = existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;
export const SKIP_MESSAGE = `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; CI installs it).`;

export const SCREENSHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Chromium flags: no network of its own, no GPU, no profile state shared between runs. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DESKTOP = { width: 1366, height: 900 } as const;

/** YASGUI's own CodeMirror editor widget: excluded from axe (listed in the README). */
export const YASGUI_EDITOR = '.yasqe';
export const PHONE = { width: 390, height: 844 } as const;

export interface OpenedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen so far on this page. */
  readonly errors: string[];
  /** URLs the page tried to reach outside the service (aborted). */
  readonly offsite: string[];
}

export interface BrowserHarness {
  /** The service's origin, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly context: BrowserContext;
  /** Opens `pathname` in a new page of the given viewport and waits for the load event. */
  open(pathname: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
  stop(): Promise<void>;
}

export async function startBrowserHarness(): Promise<BrowserHarness> {
  if (!CHROMIUM) throw new Error(SKIP_MESSAGE);
  const engine = await EngineService.start({ ...DEFAULT_ENGINE_CONFIG, workers: 1, federation: false, serviceAllowlist: [] }, () => undefined);
  const app = createApp({ engine, serviceAllowlist: [], log: (message) => console.error(message) });
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'hrd-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DESKTOP,
    locale: 'en-GB',
  });
  return {
    url: origin,
    context,
    open: async (pathname, viewport = DESKTOP) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      const errors: string[] = [];
      const offsite: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        offsite.push(url);
        return route.abort('blockedbyclient');
      });
      await page.goto(origin + pathname, { waitUntil: 'load' });
      return { page, errors, offsite };
    },
    stop: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await engine.close();
    },
  };
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/**
 * axe-core's violations on the page (WCAG 2.x A and AA rules and best practices), as short
 * strings for a readable assertion. `exclude`: selectors left out (only YASGUI's own editor
 * widget, listed in the README).
 */
export async function axe(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate(async (excluded) => {
    const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe.run;
    const result = await run({ include: [['html']], exclude: excluded.map((s) => [s]) }, { resultTypes: ['violations'] });
    return result.violations;
  }, [...exclude]);
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`,
  );
}

/** Width the document scrolls to beyond the viewport (0 when nothing overflows sideways). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Saves a PNG (the full page, or the viewport for very long pages) as tests/browser/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage, timeout: 60_000 });
  return file;
}
