// Runs a competency query of queries/ on the bundled graph (Oxigraph, in-process) and returns
// plain rows: IRIs of the project's base shortened to their path ("person/cao-shunli"), other
// IRIs kept whole, literals as their lexical value.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_IRI, QUERIES_DIR } from '../../src/config.js';
import { createOxigraphStore, type OxigraphStore } from '../../src/store/oxigraph-store.js';

export type Row = Record<string, string>;

let store: OxigraphStore | undefined;

interface JsonTerm {
  readonly type: string;
  readonly value: string;
}

function short(term: JsonTerm): string {
  if (term.type === 'uri') {
    if (term.value.startsWith(`${BASE_IRI}id/`)) return term.value.slice(`${BASE_IRI}id/`.length);
    if (term.value.startsWith(`${BASE_IRI}vocab/`)) return term.value.slice(`${BASE_IRI}vocab/`.length);
  }
  return term.value;
}

/** The rows of `queries/<name>.rq`, unbound variables left out of each row. */
export function runQueryFile(name: string): Row[] {
  store ??= createOxigraphStore();
  const query = readFileSync(path.join(QUERIES_DIR, `${name}.rq`), 'utf8');
  const json = JSON.parse(
    store.query(query, { results_format: 'application/sparql-results+json' }) as string,
  ) as { results: { bindings: Record<string, JsonTerm>[] } };
  return json.results.bindings.map((binding) =>
    Object.fromEntries(Object.entries(binding).map(([name, term]) => [name, short(term)])),
  );
}

/** The values of one column. */
export function column(rows: readonly Row[], name: string): string[] {
  return rows.map((row) => row[name] ?? '');
}
