// `npm run bench` (issue 8 item 8) and `npx tsx bench/compare-virtuoso.ts`: this service beside
// Virtuoso (Debian virtuoso-opensource, loopback, deploy/virtuoso/virtuoso.ini) on the same
// N-Triples (the bundled graph), side by side in one run: the service with its embedded engine,
// the service in front of Virtuoso (SPARQL_BACKEND) and Virtuoso direct. Per competency query and
// for the entity lookup: req/s and p99, warm (one repeated request) and cold (distinct requests),
// each as a ratio to Virtuoso; lookup p99 while a runaway query runs vs alone; RSS of every process.
// Skips with a message when Virtuoso is not installed.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writer } from 'n3';
import { loadGraph } from '../src/store/load-graph.js';
import { competencyQueries } from './queries.js';
import { freePort, start, stop } from './servers.js';
import { describeLayerCost, layerCost } from './layer-cost.js';
import { fmt, measure, sideBySide, warmUp, type Measure, type Target } from './side-by-side.js';
import { BENCH_GRAPH, loadIntoVirtuoso, rssTreeMb, startVirtuoso } from './virtuoso.js';

export const LOOKUP = 'SELECT ?p ?o WHERE { <https://w3id.org/hrd-reprisals/id/person/cao-shunli> ?p ?o }';
const RUNAWAY = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

const sparql = (endpoint: string) => (query: string) => `${endpoint}?query=${encodeURIComponent(query)}`;

/** Starts the service (src/server.ts) as one node process (exact pid for RSS). */
export function startService(name: string, port: number, env: Record<string, string>) {
  const endpoint = `http://127.0.0.1:${port}/sparql`;
  return start(name, process.execPath, ['--import', 'tsx', 'src/server.ts'], `${endpoint}?query=ASK%7B%7D`, { PORT: String(port), HOST: '127.0.0.1', ...env }).then(
    (child) => ({ child, endpoint }),
  );
}

/** Lookup p99 on `url` alone and while runaway queries run back to back on `runawayUrl`. */
export async function lookupUnderRunaway(url: string, runawayUrl: string): Promise<[Measure, Measure]> {
  const alone = await measure(url);
  let running = true;
  const loop = (async () => {
    while (running) await fetch(runawayUrl).then((r) => r.text()).catch(() => undefined);
  })();
  await new Promise((r) => setTimeout(r, 200));
  const loaded = await measure(url);
  running = false;
  await loop;
  return [alone, loaded];
}

function ratios(figures: Map<string, Measure[]>, a: number, b: number): string {
  const r = [...figures.entries()].filter(([n]) => n !== 'entity lookup').map(([, m]) => m[a]!.rps / Math.max(m[b]!.rps, 0.01));
  const geo = Math.exp(r.reduce((s, x) => s + Math.log(x), 0) / Math.max(1, r.length));
  const lookup = figures.get('entity lookup');
  return `lookup ${lookup ? fmt(lookup[a]!.rps / lookup[b]!.rps, 2) : '-'}×; competency queries min ${fmt(Math.min(...r), 2)}×, geometric mean ${fmt(geo, 2)}×, max ${fmt(Math.max(...r), 2)}×`;
}

export async function compareWithVirtuoso(): Promise<void> {
  console.log('\n== This service beside Virtuoso (same N-Triples, same machine, one run) ==');
  const virtuoso = startVirtuoso();
  if (!virtuoso) return;
  const procs: { child: import('node:child_process').ChildProcess }[] = [];
  try {
    const { store } = loadGraph();
    const file = path.join(os.tmpdir(), 'hrd-bench-virtuoso.nt');
    writeFileSync(file, new Writer({ format: 'N-Triples' }).quadsToString(store.getQuads(null, null, null, null)));
    const loadMs = await loadIntoVirtuoso(virtuoso, file);
    console.log(`Virtuoso bulk-loaded ${store.size} triples in ${loadMs} ms.`);
    const [p1, p2] = await Promise.all([freePort(), freePort()]);
    const embedded = await startService('service (embedded)', p1, {});
    const front = await startService('service → Virtuoso', p2, {
      SPARQL_BACKEND: virtuoso.endpoint,
      SPARQL_BACKEND_DEFAULT_GRAPHS: BENCH_GRAPH,
      SPARQL_BACKEND_NAMED_GRAPHS: BENCH_GRAPH,
    });
    procs.push(embedded, front);
    const targets: Target[] = [
      { name: 'embedded r/s', url: sparql(embedded.endpoint) },
      { name: 'svc→Virt r/s', url: sparql(front.endpoint) },
      { name: 'Virtuoso r/s', url: virtuoso.url },
    ];
    // BENCH_ONLY=lookup (a substring of case names) measures only the matching cases.
    const only = process.env.BENCH_ONLY;
    const cases: [string, string][] = [['entity lookup', LOOKUP] as [string, string], ...competencyQueries()].filter(([name]) => !only || name.includes(only));
    await warmUp(targets, cases);
    console.log('\n-- warm (one identical request repeated) --');
    const warm = await sideBySide(targets, cases);
    // Again before the cold section: the warm one is answered from the result cache, so an engine
    // started by the first warm-up has been idle past ENGINE_IDLE_MS and stopped; the first cold
    // case would otherwise pay for starting it again (about a second on one core).
    await warmUp(targets, cases);
    console.log('\n-- cold (every request distinct) --');
    const cold = await sideBySide(targets, cases, true);
    const [alone, loaded] = await lookupUnderRunaway(sparql(front.endpoint)(LOOKUP), `${sparql(front.endpoint)(RUNAWAY)}&timeout=5000`);
    const [aloneE, loadedE] = await lookupUnderRunaway(sparql(embedded.endpoint)(LOOKUP), `${sparql(embedded.endpoint)(RUNAWAY)}&timeout=5000`);
    console.log('\n-- ratios (req/s of the first / the second; > 1 is faster) --');
    console.log(`warm, embedded / Virtuoso: ${ratios(warm, 0, 2)}`);
    console.log(`cold, embedded / Virtuoso: ${ratios(cold, 0, 2)}`);
    console.log(`warm, service→Virtuoso / Virtuoso: ${ratios(warm, 1, 2)}`);
    console.log(`cold, service→Virtuoso / Virtuoso: ${ratios(cold, 1, 2)}`);
    const distinct = (url: (q: string) => string) => (n: number) => url(`${LOOKUP}\n# ${n}`);
    const layer = await layerCost(distinct(sparql(front.endpoint)), distinct(virtuoso.url));
    console.log(`service layer over Virtuoso, cold lookup, one connection: ${describeLayerCost(layer)}; target ≤ 15 %`);
    // The floor: a bare Node proxy (bench/bare-proxy.ts) in front of the same store, same way.
    const proxyPort = await freePort();
    const proxy = await start('bare proxy', process.execPath, ['--import', 'tsx', 'bench/bare-proxy.ts', String(proxyPort), virtuoso.endpoint, BENCH_GRAPH], `http://127.0.0.1:${proxyPort}/sparql?query=ASK%7B%7D`);
    procs.push({ child: proxy });
    const floor = await layerCost(distinct(sparql(`http://127.0.0.1:${proxyPort}/sparql`)), distinct(virtuoso.url));
    console.log(`a bare Node proxy over Virtuoso (the floor of one more hop), same measure: ${describeLayerCost(floor)}`);
    const own = await layerCost(distinct(sparql(front.endpoint)), distinct(sparql(`http://127.0.0.1:${proxyPort}/sparql`)));
    console.log(`the service over the bare proxy (its own work): ${describeLayerCost(own)}`);
    console.log(`lookup p99 while a runaway query runs: embedded ${aloneE.p99} → ${loadedE.p99} ms (${fmt(loadedE.p99 / Math.max(aloneE.p99, 1), 1)}×); service→Virtuoso ${alone.p99} → ${loaded.p99} ms (${fmt(loaded.p99 / Math.max(alone.p99, 1), 1)}×)`);
    console.log(`RSS after the run: embedded service ${rssTreeMb(embedded.child.pid!)} MB, service→Virtuoso ${rssTreeMb(front.child.pid!)} MB, Virtuoso ${rssTreeMb(virtuoso.pid)} MB`);
  } finally {
    procs.forEach((p) => stop(p.child));
    virtuoso.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  compareWithVirtuoso().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
