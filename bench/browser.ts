// Browser figures per view (part of `npm run bench`; also `npx tsx bench/browser.ts`): the
// service (`npm start`, bundled data) on a free loopback port, Debian's Chromium driven by
// playwright-core. For each view: first render = navigation start → load event end (Navigation
// Timing), in a fresh browser context (cold: no HTTP cache) and then the median of 3 warm
// loads; and the JavaScript the view loads, gzipped (zlib level 6, as a server would send it),
// YASGUI's bundle counted apart. Targets (issue 9): ≤ 1 s first render, ≤ 300 KB JS per view.
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
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ViewFigures {
  readonly path: string;
  readonly coldMs: number;
  readonly warmMs: number;
  readonly jsKb: number;
  readonly yasguiKb: number;
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export async function benchBrowser(): Promise<ViewFigures[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = await start('service', 'npx', ['tsx', 'src/server.ts'], `${url}/persons?format=json`, { PORT: String(port), HOST: '127.0.0.1' });
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
        const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((s) => s !== ''));
        await page.close();
        return { ms, scripts };
      };
      const cold = await browser.newContext();
      const first = await loadMs(cold);
      const warm: number[] = [];
      for (let i = 0; i < 3; i++) warm.push((await loadMs(cold)).ms);
      await cold.close();
      let js = 0;
      let yasgui = 0;
      for (const src of first.scripts) {
        const bytes = await sizeOf(src);
        if (src.includes('/assets/yasgui/')) yasgui += bytes;
        else js += bytes;
      }
      warm.sort((a, b) => a - b);
      figures.push({ path, coldMs: Math.round(first.ms), warmMs: Math.round(warm[1]!), jsKb: Math.round(js / 102.4) / 10, yasguiKb: Math.round(yasgui / 102.4) / 10 });
    }
    return figures;
  } finally {
    await browser.close();
    stop(server);
  }
}

export function printBrowserFigures(figures: readonly ViewFigures[]): void {
  console.log('\n== Views in Chromium (first render = navigation → load event; JS gzipped) ==');
  console.log('view'.padEnd(46) + 'cold ms'.padStart(9) + 'warm ms'.padStart(9) + 'JS KB'.padStart(8) + 'YASGUI KB'.padStart(11));
  for (const f of figures) {
    console.log(f.path.padEnd(46) + String(f.coldMs).padStart(9) + String(f.warmMs).padStart(9) + f.jsKb.toFixed(1).padStart(8) + (f.yasguiKb ? f.yasguiKb.toFixed(1) : '–').padStart(11));
  }
  const slowest = Math.max(...figures.map((f) => f.coldMs));
  const heaviest = Math.max(...figures.map((f) => f.jsKb));
  console.log(`slowest first render ${slowest} ms (target ≤ 1000 ms); most JS ${heaviest} KB gzipped, YASGUI aside (target ≤ 300 KB)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasChromium()) {
    console.log(`No Chromium at ${CHROMIUM}: browser figures skipped (apt-get install chromium).`);
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
