// The queries of queries/ give the same answers in a second SPARQL 1.1 engine: every query but the
// federated one (it needs the network and Wikidata's endpoint) runs in Oxigraph (the service's
// engine) and in Comunica over the same graph, and the rows must be equal (GROUP_CONCAT's order
// aside: SPARQL leaves it open). rdflib is not run here
// (Python is not available to the tests); the two queries that aggregated over unbound values, which
// rdflib's SPARQL fails on, now aggregate only bound ones (see their `portability:` comments).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryEngine } from '@comunica/query-sparql';
import type { Bindings } from '@comunica/types';
import { describe, expect, it } from 'vitest';
import { BASE_IRI, QUERIES_DIR } from '../../src/config.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { runQueryFile, type Row } from '../helpers/run-query.js';

const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.rq')).sort();
const local = files.filter((f) => !/\bSERVICE\s*</iu.test(readFileSync(path.join(QUERIES_DIR, f), 'utf8')));

const short = (value: string) =>
  value.startsWith(`${BASE_IRI}id/`) ? value.slice(`${BASE_IRI}id/`.length) : value.startsWith(`${BASE_IRI}vocab/`) ? value.slice(`${BASE_IRI}vocab/`.length) : value;

const store = loadGraph().store;
const engine = new QueryEngine();

async function comunicaRows(file: string): Promise<Row[]> {
  const query = readFileSync(path.join(QUERIES_DIR, file), 'utf8');
  const stream = await engine.queryBindings(query, { sources: [store.asSource()] });
  const bindings = (await stream.toArray()) as Bindings[];
  return bindings.map((b) => Object.fromEntries([...b].map(([variable, term]) => [variable.value, short(term.value)])));
}

/** GROUP_CONCAT's order is not fixed by SPARQL 1.1 (§18.5.1.7) and differs between engines: cells holding a separator the query concatenates with are compared as sorted lists. */
function normalise(file: string, rows: readonly Row[]): string[] {
  const query = readFileSync(path.join(QUERIES_DIR, file), 'utf8');
  const separators = [...query.matchAll(/separator\s*=\s*"([^"]+)"/gu)].map((m) => m[1]!);
  const cell = (v: string) => separators.reduce((acc, sep) => (acc.includes(sep) ? acc.split(sep).sort().join(sep) : acc), v);
  return rows.map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, cell(v)]).sort())).sort();
}

describe('query portability', () => {
  it('finds the local queries and leaves out only the federated one', () => {
    expect(files.filter((f) => !local.includes(f))).toEqual(['wikidata-federated-labels.rq']);
    expect(local).toEqual(expect.arrayContaining(['acts-per-type-per-year.rq', 'stopped-on-the-way.rq']));
  });

  it.each(local)('%s gives the same rows in Oxigraph and Comunica', async (file) => {
    const oxigraph = runQueryFile(file.replace(/\.rq$/u, ''));
    expect(oxigraph.length).toBeGreaterThan(0);
    expect(normalise(file, await comunicaRows(file))).toEqual(normalise(file, oxigraph));
  }, 60_000);
});
