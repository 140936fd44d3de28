// Loads an N-Triples file into one store in a fresh process and prints JSON {ms, rssMb, triples}.
// Usage: load-probe.ts oxigraph|n3 <file>. A fresh process per measurement, so nothing else
// shares the heap (Oxigraph loads slowly beside a large JS heap).
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { Parser, Store } from 'n3';

const [engine, file] = process.argv.slice(2) as [string, string];
const before = process.memoryUsage().rss;
const started = performance.now();
let triples: number;
if (engine === 'oxigraph') {
  const store = new oxigraph.Store();
  store.load(readFileSync(file, 'utf8'), { format: 'application/n-triples' });
  triples = store.size;
} else {
  const store = new Store();
  store.addQuads(new Parser({ format: 'N-Triples' }).parse(readFileSync(file, 'utf8')));
  triples = store.size;
}
const ms = performance.now() - started;
globalThis.gc?.();
console.log(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.memoryUsage().rss / 1e6), baseRssMb: Math.round(before / 1e6), triples }));
