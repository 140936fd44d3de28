// `npm run bench -- --scale` (issue 12): graphs of the project's shape (bench/generate-graph.ts)
// at BENCH_SCALE_SIZES triples (default 1000000,10000000), each measured side by side in one run:
// the service with its embedded Oxigraph engine, the service in front of Virtuoso (SPARQL_BACKEND)
// and Virtuoso direct. Load time, RSS of every process, req/s and p50/p99 per competency query and
// for an entity lookup, and the service layer's cost over the bare store. The embedded engine
// runs only up to BENCH_EMBEDDED_MAX triples (default 2,000,000: about 0.9 GB per million per
// worker); the service in front of Virtuoso runs with ENTITY_GRAPH_MAX_TRIPLES=0 (its SPARQL layer
// only: no in-process copy of the graph).
import { unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NS } from '../src/vocab.js';
import { generateGraph } from './generate-graph.js';
import { startService } from './compare-virtuoso.js';
import { competencyQueries } from './queries.js';
import { freePort, start, stop } from './servers.js';
import { describeLayerCost, layerCost } from './layer-cost.js';
import { fmt, sideBySide, type Target } from './side-by-side.js';
import { BENCH_GRAPH, loadIntoVirtuoso, rssTreeMb, startVirtuoso } from './virtuoso.js';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000000,10000000').split(',').map(Number);
const EMBEDDED_MAX = Number(process.env.BENCH_EMBEDDED_MAX ?? 2_000_000);
const sparql = (endpoint: string) => (query: string) => `${endpoint}?query=${encodeURIComponent(query)}`;

async function one(size: number): Promise<void> {
  console.log(`\n== ${size.toLocaleString('en')} triples ==`);
  const file = path.join(os.tmpdir(), `hrd-bench-scale-${size}.nt`);
  const written = await generateGraph(size, file);
  let virtuoso;
  try {
    // 8 KiB pages: about 20 per thousand triples holds this shape's indexes in memory (~1.6 GB at 10M).
    virtuoso = startVirtuoso(Math.max(17_000, Math.round((size / 1000) * 20)));
  } finally {
    if (!virtuoso) unlinkSync(file);
  }
  if (!virtuoso) return;
  const children: import('node:child_process').ChildProcess[] = [];
  try {
    const vLoad = await loadIntoVirtuoso(virtuoso, file);
    const front = await startService('service → Virtuoso', await freePort(), {
      SPARQL_BACKEND: virtuoso.endpoint,
      SPARQL_BACKEND_DEFAULT_GRAPHS: BENCH_GRAPH,
      SPARQL_BACKEND_NAMED_GRAPHS: BENCH_GRAPH,
      ENTITY_GRAPH_MAX_TRIPLES: '0',
    });
    children.push(front.child);
    const targets: Target[] = [];
    let embeddedLine = `embedded: not run above ${EMBEDDED_MAX.toLocaleString('en')} triples (BENCH_EMBEDDED_MAX)`;
    let embeddedPid: number | undefined;
    if (size <= EMBEDDED_MAX) {
      const port = await freePort();
      const endpoint = `http://127.0.0.1:${port}/sparql`;
      const started = performance.now();
      const child = await start('embedded', process.execPath, ['--import', 'tsx', 'bench/scale-server.ts', String(port), file], `${endpoint}?query=ASK%7B%7D`, { QUERY_WORKERS: '1' }, 600_000);
      children.push(child);
      embeddedPid = child.pid;
      embeddedLine = `embedded Oxigraph (1 worker): ready in ${Math.round(performance.now() - started)} ms, RSS ${rssTreeMb(child.pid!)} MB`;
      targets.push({ name: 'embedded r/s', url: sparql(endpoint) });
    }
    targets.push({ name: 'svc→Virt r/s', url: sparql(front.endpoint) }, { name: 'Virtuoso r/s', url: virtuoso.url });
    console.log(`${written} triples generated. Virtuoso bulk load ${vLoad} ms, RSS ${rssTreeMb(virtuoso.pid)} MB; service→Virtuoso RSS ${rssTreeMb(front.child.pid!)} MB; ${embeddedLine}.`);
    const lookup = `SELECT ?p ?o WHERE { <${NS.id('person/p1')}> ?p ?o }`;
    const cases: [string, string][] = [['entity lookup', lookup], ...competencyQueries()];
    console.log('-- warm (one identical request repeated: the service answers from its result cache) --');
    await sideBySide(targets, cases);
    console.log('-- cold (every request distinct: every one is evaluated) --');
    const figures = await sideBySide(targets, cases, true);
    const v = targets.length - 1;
    const s = targets.length - 2;
    const l = figures.get('entity lookup')!;
    // Distinct persons in turn (p1 … p1000) and a counter: neither cache nor a hot page answers.
    const lookupOf = (url: (q: string) => string) => (n: number) => url(`SELECT ?p ?o WHERE { <${NS.id(`person/p${1 + (n % 1000)}`)}> ?p ?o }\n# ${n}`);
    const layer = await layerCost(lookupOf(targets[s]!.url), lookupOf(targets[v]!.url));
    console.log(`service layer over Virtuoso, cold lookups, one connection: ${describeLayerCost(layer)}; target ≤ 15 %`);
    console.log(`lookups at 10 connections (cold): req/s ${fmt(l[s]!.rps)} through the service vs ${fmt(l[v]!.rps)} direct`);
    if (embeddedPid !== undefined) {
      const r = [...figures.entries()].filter(([n]) => n !== 'entity lookup').map(([, m]) => m[0]!.rps / Math.max(m[v]!.rps, 0.01));
      console.log(`embedded / Virtuoso req/s, cold: lookup ${fmt(l[0]!.rps / l[v]!.rps, 2)}×; competency queries ${r.map((x) => fmt(x, 2)).join(', ')}`);
    }
    console.log(`RSS after the run: ${embeddedPid !== undefined ? `embedded ${rssTreeMb(embeddedPid)} MB, ` : ''}service→Virtuoso ${rssTreeMb(front.child.pid!)} MB, Virtuoso ${rssTreeMb(virtuoso.pid)} MB`);
  } finally {
    children.forEach(stop);
    virtuoso.stop();
    unlinkSync(file);
  }
}

export async function runScale(): Promise<void> {
  console.log(`Scale benchmark: ${SIZES.join(', ')} triples; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB RAM, Node ${process.version}.`);
  for (const size of SIZES) await one(size);
}
