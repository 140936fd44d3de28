// Browser figures per view (part of `npm run bench`; also `npx tsx bench/browser.ts`): the
// service (`npm start`, bundled data) on a free loopback port, Debian's Chromium driven by
// playwright-core. For each view: first render = navigation start → load event end (Navigation
// Timing), in a fresh browser context (cold: no HTTP cache) and then the median of 3 warm
// loads; and the JavaScript the view loads, gzipped (zlib level 6, as a server would send it),
// YASGUI's bundle counted apart. Targets (issue 9): ≤ 1 s first render, ≤ 300 KB JS per view.
// The query page (/) renders a plain form first and builds the YASGUI editor after the load
// event (public/home.js), so for it the time until the editor is usable is reported too: the
// User Timing mark `hrd:editor-ready` home.js sets (navigation start → editor built), cold and
// warm, in its own columns.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, start, stop } from './servers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWS = [
  '/', '/persons', '/acts', '/organisations', '/un', '/events', '/documents', '/places',
  '/search?q=Wang+Yu', '/id/person/cao-shunli', '/id/act/cao-shunli-airport-detention-2013', '/id/passage/4180-4292',
  '/ontology', '/release', '/timeline', '/network', '/map',
  '/charts', '/timeline?type=deprivation-of-liberty&status=ongoing', '/network?kind=defender,state-organ',
];
// The server as one process (node with tsx's loader, not `npx tsx`, whose child would outlive
// the SIGTERM that stop() sends to the wrapper).
const SERVER_ARGS = ['--import', 'tsx', 'src/server.ts'];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ViewFigures {
  readonly path: string;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly jsKb: number;
  readonly yasguiKb: number;
  /** Navigation start → the query editor built (views with the editor only). */
  readonly editorColdMs?: number;
  readonly editorWarmMs?: number;
}

const EDITOR_MARK = 'hrd:editor-ready';

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function benchBrowser(): Promise<ViewFigures[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await start('service', process.execPath, SERVER_ARGS, `${url}/persons?format=json`, { PORT: String(port), HOST: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const gzipped = new Map<string, number>();
  const sizeOf = async (src: string) => {
    if (!gzipped.has(src)) gzipped.set(src, gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer())).length);
    return gzipped.get(src)!;
  };
  try {
    // The release is built at start-up; wait until /release is the list, not the "being built" page.
    for (let i = 0; i < 120 && (await fetch(`${url}/release`, { headers: { Accept: 'text/html' } })).status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const figures: ViewFigures[] = [];
    for (const path of VIEWS) {
      const loadMs = async (context: Awaited<ReturnType<typeof browser.newContext>>) => {
        const page = await context.newPage();
        await page.goto(url + path, { waitUntil: 'load' });
        const ms = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return nav.loadEventEnd - nav.startTime;
        });
        let editorMs: number | undefined;
        if (await page.evaluate(() => document.getElementById('yasgui') !== null)) {
          await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, EDITOR_MARK, { timeout: 60_000 });
          editorMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, EDITOR_MARK);
        }
        // Scripts counted once the editor is there (home.js adds YASGUI's after the load event).
        const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((s) => s !== ''));
        await page.close();
        return { ms, editorMs, scripts };
      };
      const cold = await browser.newContext();
      const first = await loadMs(cold);
      const warm: number[] = [];
      const warmEditor: number[] = [];
      for (let i = 0; i < 3; i++) {
        const again = await loadMs(cold);
        warm.push(again.ms);
        if (again.editorMs !== undefined) warmEditor.push(again.editorMs);
      }
      await cold.close();
      let js = 0;
      let yasgui = 0;
      for (const src of first.scripts) {
        const bytes = await sizeOf(src);
        if (src.includes('/assets/yasgui/')) yasgui += bytes;
        else js += bytes;
      }
      warm.sort((a, b) => a - b);
      warmEditor.sort((a, b) => a - b);
      figures.push({
        path,
        coldMs: Math.round(first.ms),
        warmMs: Math.round(warm[1]!),
        jsKb: Math.round(js / 102.4) / 10,
        yasguiKb: Math.round(yasgui / 102.4) / 10,
        ...(first.editorMs !== undefined ? { editorColdMs: Math.round(first.editorMs), editorWarmMs: Math.round(warmEditor[1]!) } : {}),
      });
    }
    return figures;
  } finally {
    await browser.close();
    stop(server);
  }
}

export function printBrowserFigures(figures: readonly ViewFigures[]): void {
  console.log('\n== Views in Chromium (first render = navigation → load event; JS gzipped) ==');
  console.log(
    'view'.padEnd(46) + 'cold ms'.padStart(9) + 'warm ms'.padStart(9) + 'JS KB'.padStart(8) + 'YASGUI KB'.padStart(11) + 'editor cold'.padStart(13) + 'editor warm'.padStart(13),
  );
  for (const f of figures) {
    console.log(
      f.path.padEnd(46) +
        String(f.coldMs).padStart(9) +
        String(f.warmMs).padStart(9) +
        f.jsKb.toFixed(1).padStart(8) +
        (f.yasguiKb ? f.yasguiKb.toFixed(1) : '–').padStart(11) +
        (f.editorColdMs !== undefined ? String(f.editorColdMs) : '–').padStart(13) +
        (f.editorWarmMs !== undefined ? String(f.editorWarmMs) : '–').padStart(13),
    );
  }
  const slowest = figures.reduce((a, b) => (b.coldMs > a.coldMs ? b : a));
  const heaviest = Math.max(...figures.map((f) => f.jsKb));
  const editors = figures
    .filter((f) => f.editorColdMs !== undefined)
    .map((f) => `query editor on ${f.path} ready after ${f.editorColdMs} ms cold, ${f.editorWarmMs} ms warm (its page's load event: ${f.coldMs} / ${f.warmMs} ms)`);
  console.log(
    `slowest first render ${slowest.coldMs} ms on ${slowest.path} (target ≤ 1000 ms); ${editors.join('; ') || 'no query editor measured'}; most JS ${heaviest} KB gzipped, YASGUI aside (target ≤ 300 KB)`,
  );
}

/**
 * The query page side by side with another server (e.g. an older build on the bundled data):
 * `npx tsx bench/browser.ts --home-against http://127.0.0.1:PORT`. Rounds alternate which server
 * goes first; each round opens `/` in a fresh context (cold: no HTTP cache) and again (warm), and
 * records the load event and the moment the CodeMirror editor exists (polled each frame, so it
 * also works for a build without the `hrd:editor-ready` mark). Medians of `rounds`.
 */
export async function compareHome(otherUrl: string, rounds = 6): Promise<void> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await start('service', process.execPath, SERVER_ARGS, `${url}/persons?format=json`, { PORT: String(port), HOST: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const runs = { other: { url: otherUrl, load: [[], []] as number[][], editor: [[], []] as number[][] }, this: { url, load: [[], []] as number[][], editor: [[], []] as number[][] } };
  try {
    for (const run of Object.values(runs)) await fetch(`${run.url}/`); // the page built once on each server
    for (let round = 0; round < rounds; round++) {
      for (const run of round % 2 ? [runs.this, runs.other] : [runs.other, runs.this]) {
        const context = await browser.newContext();
        for (const visit of [0, 1]) {
          const page = await context.newPage();
          await page.goto(`${run.url}/`, { waitUntil: 'load' });
          run.load[visit]!.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration));
          const ready = await page.waitForFunction(() => (document.querySelector('.yasqe .CodeMirror') ? performance.now() : 0), null, { polling: 'raf', timeout: 60_000 });
          run.editor[visit]!.push((await ready.jsonValue()) as number);
          await page.close();
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stop(server);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
  };
  console.log(`\n== / side by side, ${rounds} rounds (medians, ms): load event cold / warm; editor ready cold / warm ==`);
  for (const [name, run] of Object.entries(runs)) {
    console.log(`${name === 'this' ? 'this build' : run.url}`.padEnd(28) + [...run.load, ...run.editor].map((v) => String(median(v)).padStart(8)).join(''));
  }
  const ratio = (a: number[], b: number[]) => (median(a) / median(b)).toFixed(2);
  console.log(`other ÷ this: load cold ${ratio(runs.other.load[0]!, runs.this.load[0]!)}, warm ${ratio(runs.other.load[1]!, runs.this.load[1]!)}; editor cold ${ratio(runs.other.editor[0]!, runs.this.editor[0]!)}, warm ${ratio(runs.other.editor[1]!, runs.this.editor[1]!)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const against = process.argv.indexOf('--home-against');
  if (!hasChromium()) {
    console.log(`No Chromium at ${CHROMIUM}: browser figures skipped (apt-get install chromium).`);
  } else if (against > 0) {
    compareHome(process.argv[against + 1]!).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  } else {
    benchBrowser().then(printBrowserFigures).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
}
