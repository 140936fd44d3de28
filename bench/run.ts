// `npm run bench` (not a test): this service against Comunica's own SPARQL endpoint
// (comunica-sparql-file-http) on the same data, side by side in one run, with autocannon
// (10 connections, BENCH_SECONDS per case, default 5). Prints req/s, p50 and p99 per competency
// query (queries/*.rq) and an entity lookup, an empty Express route as the machine's ceiling,
// lookup p99 with and without a runaway query, and load time and memory for a generated
// 1M-triple graph (BENCH_TRIPLES). Ends with a table of ratios.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Writer } from 'n3';
import { BASE_IRI, PROJECT_ROOT } from '../src/config.js';
import { loadGraph } from '../src/store/load-graph.js';
import { REP, RDF_TYPE } from '../src/vocab.js';
import { generateGraph } from './generate-graph.js';
import { freePort, start, stop } from './servers.js';
import { rssAtRest } from './rss.js';
import { competencyQueries } from './queries.js';
import { compareWithVirtuoso } from './compare-virtuoso.js';
import { runScale } from './scale.js';
import { benchBrowser, hasChromium, printBrowserFigures } from './browser.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TRIPLES = Number(process.env.BENCH_TRIPLES ?? 1_000_000);
const ACCEPT = { Accept: 'application/sparql-results+json' };
const bin = (name: string) => path.join(PROJECT_ROOT, 'node_modules', '.bin', name);

interface Measure { rps: number; p50: number; p99: number; bad: number }

async function measure(url: string, headers: Record<string, string> = ACCEPT): Promise<Measure> {
  const r = await autocannon({ url, connections: 10, duration: SECONDS, headers, timeout: 60 });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

const sparqlUrl = (endpoint: string, query: string) => `${endpoint}?query=${encodeURIComponent(query)}`;

async function rows(endpoint: string, query: string): Promise<number | string> {
  const res = await fetch(sparqlUrl(endpoint, query), { headers: ACCEPT });
  if (!res.ok) return `HTTP ${res.status}`;
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { results?: { bindings: unknown[] }; boolean?: boolean };
    return body.results?.bindings.length ?? String(body.boolean);
  } catch {
    return 'error'; // e.g. an error written into a 200 response after streaming started
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  if (process.argv.includes('--scale')) return runScale(); // issue 12: 1M/10M, embedded vs service→Virtuoso vs Virtuoso
  console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB RAM, Node ${process.version}; ${SECONDS} s per case, 10 connections.\n`);
  // The same data for both: the bundled graph, written once as N-Triples for Comunica.
  const { store } = loadGraph();
  const dataFile = path.join(os.tmpdir(), 'hrd-bench-graph.nt');
  writeFileSync(dataFile, new Writer({ format: 'N-Triples' }).quadsToString(store.getQuads(null, null, null, null)));
  const entity = store.getSubjects(RDF_TYPE, REP.Person, null)[0]?.value ?? store.getQuads(null, null, null, null)[0]!.subject.value;
  console.log(`Data: ${store.size} triples (bundled graph). Entity lookup on <${entity}>.`);

  const [ourPort, comunicaPort, emptyPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const ours = `http://127.0.0.1:${ourPort}/sparql`;
  const comunica = `http://127.0.0.1:${comunicaPort}/sparql`;
  const procs = await Promise.all([
    start('this service', bin('tsx'), ['src/server.ts'], ours, { PORT: String(ourPort), HOST: '127.0.0.1' }),
    start('comunica', bin('comunica-sparql-file-http'), [dataFile, '-p', String(comunicaPort), '-t', '60'], sparqlUrl(comunica, 'ASK {}')),
    start('empty express', bin('tsx'), ['bench/empty-server.ts', String(emptyPort)], `http://127.0.0.1:${emptyPort}/empty`),
  ]);
  try {
    const lookup = `SELECT ?p ?o WHERE { <${entity}> ?p ?o }`;
    const cases: [string, string][] = [['entity lookup', lookup], ...competencyQueries()];
    const table: string[] = [];
    table.push(`${'case'.padEnd(28)} ${pad('rows', 9)} ${pad('ours r/s', 9)} ${pad('p50', 5)} ${pad('p99', 5)} ${pad('comunica r/s', 12)} ${pad('p50', 6)} ${pad('p99', 6)} ${pad('ratio', 7)}`);
    const ratios: number[] = [];
    for (const [name, query] of cases) {
      const [rowsOurs, rowsComunica] = [await rows(ours, query), await rows(comunica, query)];
      const a = await measure(sparqlUrl(ours, query));
      const b = await measure(sparqlUrl(comunica, query));
      // Comunica may finish no request in the window: then it ran < 1 per SECONDS, a lower bound.
      const ratio = b.rps > 0 ? a.rps / b.rps : a.rps * SECONDS;
      if (name !== 'entity lookup') ratios.push(ratio);
      const shown = `${b.rps > 0 ? '' : '≥'}${fmt(ratio, 1)}×`;
      table.push(`${name.padEnd(28)} ${pad(`${rowsOurs}/${rowsComunica}`, 9)} ${pad(fmt(a.rps), 9)} ${pad(a.p50, 5)} ${pad(a.p99, 5)} ${pad(b.rps > 0 ? fmt(b.rps, 1) : `<${fmt(1 / SECONDS, 1)}`, 12)} ${pad(b.rps > 0 ? b.p50 : '-', 6)} ${pad(b.rps > 0 ? b.p99 : '-', 6)} ${pad(shown, 7)}${a.bad || b.bad ? `  (non-2xx/errors: ${a.bad}/${b.bad})` : ''}`);
      if (table.length === 2) console.log(table[0]);
      console.log(table.at(-1));
    }
    const empty = await measure(`http://127.0.0.1:${emptyPort}/empty`, {});
    const baseline = await measure(sparqlUrl(ours, lookup));
    // Dereferencing the entity's IRI (the linked-data route): the lookup a browser or script makes.
    const entityUrl = ours.replace(/\/sparql$/, entity.replace(BASE_IRI, '/'));
    const TURTLE = { accept: 'text/turtle' };
    const derefBaseline = await measure(entityUrl, TURTLE);

    // Lookups while runaway queries keep one worker busy (each cut at 5 s, fired back to back).
    let running = true;
    const runaway = `SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }`;
    const loop = (async () => {
      while (running) await fetch(`${sparqlUrl(ours, runaway)}&timeout=5000`).then((r) => r.text()).catch(() => undefined);
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const underRunaway = await measure(sparqlUrl(ours, lookup));
    const derefUnderRunaway = await measure(entityUrl, TURTLE);
    running = false;
    await loop;

    console.log('\n== Summary (ratios) ==');
    const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / Math.max(1, ratios.length));
    console.log(`competency queries: this service / Comunica endpoint req/s — min ${fmt(Math.min(...ratios), 1)}×, geometric mean ${fmt(geo, 1)}× (target ≥ 10×)`);
    console.log(`entity lookup: ${fmt(baseline.rps)} req/s = ${fmt((100 * baseline.rps) / empty.rps)}% of an empty Express route (${fmt(empty.rps)} req/s; target ≥ 50%)`);
    console.log(`lookup p99: ${baseline.p99} ms alone, ${underRunaway.p99} ms while a runaway query runs (p50 ${baseline.p50} → ${underRunaway.p50} ms; ${underRunaway.bad} failed)`);
    console.log(`entity dereference (GET ${entity.replace(BASE_IRI, '/')}, Turtle): ${fmt(derefBaseline.rps)} req/s = ${fmt((100 * derefBaseline.rps) / empty.rps)}% of an empty Express route; p99 ${derefBaseline.p99} ms alone, ${derefUnderRunaway.p99} ms while a runaway query runs (p50 ${derefBaseline.p50} → ${derefUnderRunaway.p50} ms; ${derefUnderRunaway.bad} failed)`);
  } finally {
    procs.forEach(stop);
  }

  // Load time and memory at scale, each in a fresh process.
  const bigFile = path.join(os.tmpdir(), 'hrd-bench-1m.nt');
  const written = await generateGraph(TRIPLES, bigFile);
  const probe = (engine: string) =>
    JSON.parse(execFileSync(bin('tsx'), ['bench/load-probe.ts', engine, bigFile], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 1e7 })) as { ms: number; rssMb: number; triples: number };
  const ox = probe('oxigraph');
  const n3 = probe('n3');
  console.log(`\n${written} generated triples: Oxigraph loads in ${ox.ms} ms holding ${ox.rssMb} MB RSS; N3 store (Comunica's in-memory source) ${n3.ms} ms, ${n3.rssMb} MB — ratio ${fmt(n3.ms / ox.ms, 1)}× time, ${fmt(n3.rssMb / ox.rssMb, 1)}× memory.`);

  // Memory at rest and start-up of npm start's process tree (bench/rss.ts).
  await rssAtRest();
  await compareWithVirtuoso(); // issue 8 item 8: beside Virtuoso when installed (bench/compare-virtuoso.ts)
  // Views in a real browser (bench/browser.ts), when Debian's Chromium is installed.
  if (hasChromium()) printBrowserFigures(await benchBrowser());
  else console.log('\nNo /usr/bin/chromium: browser figures skipped (apt-get install chromium).');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
