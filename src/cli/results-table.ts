// Query results as an aligned text table (`kg query --format table`): SELECT as one column per
// variable in projection order, ASK as true/false, CONSTRUCT/DESCRIBE as subject/predicate/object.
import type { OxigraphStore } from '../store/oxigraph-store.js';
import { renderJsonTerm, type JsonTerm } from './render-term.js';
import { textTable } from './text-table.js';

interface SparqlJsonResults {
  readonly head: { readonly vars?: string[] };
  readonly boolean?: boolean;
  readonly results?: { readonly bindings: Record<string, JsonTerm>[] };
}

/** Runs the query; throws Oxigraph's error unchanged for the caller to classify. */
export function queryResultsTable(store: OxigraphStore, text: string): string {
  const answer = store.query(text, { results_format: 'json' });
  const parsed = JSON.parse(String(answer)) as SparqlJsonResults | JsonLdNode[];
  if (Array.isArray(parsed)) return triplesTable(store, text);
  if (parsed.boolean !== undefined) return String(parsed.boolean);
  const vars = parsed.head.vars ?? [];
  const rows = (parsed.results?.bindings ?? []).map((binding) => vars.map((v) => renderJsonTerm(binding[v])));
  return `${textTable(vars, rows)}\n(${rows.length} row${rows.length === 1 ? '' : 's'})`;
}

type JsonLdNode = Record<string, unknown>;

/** CONSTRUCT/DESCRIBE: Oxigraph returns RDF/JS quads without a results format. */
function triplesTable(store: OxigraphStore, text: string): string {
  const quads = store.query(text) as { subject: Term; predicate: Term; object: Term }[];
  const rows = quads.map((q) => [q.subject, q.predicate, q.object].map(toJsonTerm).map(renderJsonTerm));
  return `${textTable(['subject', 'predicate', 'object'], rows)}\n(${rows.length} triple${rows.length === 1 ? '' : 's'})`;
}

interface Term {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}

function toJsonTerm(term: Term): JsonTerm {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  return {
    type: 'literal',
    value: term.value,
    ...(term.language ? { 'xml:lang': term.language } : {}),
    ...(term.datatype ? { datatype: term.datatype.value } : {}),
  };
}
