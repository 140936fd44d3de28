// Reading a store's answer into the forms the engine works with: SPARQL JSON results (SPARQL 1.1
// Query Results JSON Format §3) normalised to the 1.1 spelling, and RDF graphs parsed with n3.
// Stores differ: Virtuoso writes the pre-1.1 `typed-literal` type and blank nodes as `nodeID://…`.
import { Parser, type Quad } from 'n3';
import { BadGatewayError } from '../../http/errors.js';
import type { JsonBinding, JsonResults, JsonTerm } from '../results-serializer.js';

/** Media types asked of the store, in order of preference; the service serialises every other format itself. */
export const ACCEPT_RESULTS = 'application/sparql-results+json, application/json;q=0.5';
export const ACCEPT_GRAPH = 'application/n-triples, text/plain;q=0.9, text/turtle;q=0.8, application/n-quads;q=0.7';

const N3_FORMATS: Record<string, string> = {
  'application/n-triples': 'N-Triples',
  'text/plain': 'N-Triples',
  'text/turtle': 'Turtle',
  'application/x-turtle': 'Turtle',
  'application/n-quads': 'N-Quads',
  'text/x-nquads': 'N-Quads',
  'application/trig': 'TriG',
};

function normaliseTerm(term: JsonTerm): JsonTerm {
  if (term.type === 'typed-literal') return { ...term, type: 'literal' };
  if (term.type === 'bnode' && term.value.startsWith('nodeID://')) return { ...term, value: term.value.slice('nodeID://'.length) };
  return term;
}

/** Parses and normalises a SPARQL JSON results body; a body that is not one is a 502. */
export function parseResults(body: string, contentType: string, endpoint: string): JsonResults {
  let json: JsonResults;
  try {
    json = JSON.parse(body) as JsonResults;
  } catch {
    throw new BadGatewayError(`The SPARQL store at ${endpoint} sent ${contentType || 'a body'} that is not SPARQL JSON results.`);
  }
  if (json.boolean !== undefined) return { head: json.head ?? {}, boolean: Boolean(json.boolean) };
  const bindings = (json.results?.bindings ?? []).map((row) => {
    const out: Record<string, JsonTerm> = {};
    for (const [name, term] of Object.entries(row)) out[name] = normaliseTerm(term);
    return out as JsonBinding;
  });
  return { head: { vars: json.head?.vars ?? [] }, results: { bindings } };
}

/** Parses an RDF graph in any syntax n3 reads; anything else is a 502 naming what was sent. */
export function parseGraph(body: string, contentType: string, endpoint: string): Quad[] {
  const format = N3_FORMATS[contentType];
  if (!format) throw new BadGatewayError(`The SPARQL store at ${endpoint} answered a graph query with ${contentType || 'no media type'}, which the service cannot read.`);
  try {
    return new Parser({ format }).parse(body);
  } catch (error) {
    throw new BadGatewayError(`The SPARQL store at ${endpoint} sent an unreadable ${format} graph: ${(error as Error).message}`);
  }
}
