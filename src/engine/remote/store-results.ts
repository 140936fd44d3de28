// Reading a store's answer into the forms the engine works with: SPARQL JSON results (SPARQL 1.1
// Query Results JSON Format §3) normalised to the 1.1 spelling, and RDF graphs parsed with n3.
// Stores differ: Virtuoso writes the pre-1.1 `typed-literal` type and blank nodes as `nodeID://…`,
// and its loader turns some typed literals into SQL values that it writes back differently:
// xsd:boolean true as "1", and a year-month xsd:duration as its number of months ("P3Y" → "36").
// Both are restored here (fixedLexical) so a value reads as in the data; checked against the
// bundled data's booleans and prison terms in tests/engine/remote/remote-engine.test.ts.
import { DataFactory, Parser, type Quad } from 'n3';
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

const XSD_BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';
const XSD_DURATION = 'http://www.w3.org/2001/XMLSchema#duration';

/**
 * The lexical form a literal had in the data, when a store wrote it back in a form that is not
 * the data's: "1"/"0" for xsd:boolean → "true"/"false"; an integer for xsd:duration (never a
 * valid duration; Virtuoso's count of months) → "PnYnM". Anything else is returned unchanged.
 */
export function fixedLexical(value: string, datatype: string | undefined): string {
  if (datatype === XSD_BOOLEAN && (value === '1' || value === '0')) return value === '1' ? 'true' : 'false';
  if (datatype === XSD_DURATION && /^-?\d+$/.test(value)) {
    const months = Math.abs(Number(value));
    const years = Math.floor(months / 12);
    const rest = months % 12;
    return `${value.startsWith('-') ? '-' : ''}P${years > 0 || rest === 0 ? `${years}Y` : ''}${rest > 0 ? `${rest}M` : ''}`;
  }
  return value;
}

function normaliseTerm(term: JsonTerm): JsonTerm {
  if (term.type === 'typed-literal' || (term.type === 'literal' && term.datatype)) {
    return { ...term, type: 'literal', value: fixedLexical(term.value, term.datatype) };
  }
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

/**
 * Parses an RDF graph in any syntax n3 reads; anything else is a 502 naming what was sent.
 * `keepBlankNodeLabels`: labels exactly as the store wrote them, so the pages of one graph read
 * in turn (RemoteSparqlEngine.readGraph) can be joined; by default n3 gives each parse its own
 * prefix, which would split a blank node spanning two pages into two.
 */
export function parseGraph(body: string, contentType: string, endpoint: string, keepBlankNodeLabels = false): Quad[] {
  const format = N3_FORMATS[contentType];
  if (!format) throw new BadGatewayError(`The SPARQL store at ${endpoint} answered a graph query with ${contentType || 'no media type'}, which the service cannot read.`);
  try {
    return new Parser(keepBlankNodeLabels ? { format, blankNodePrefix: '' } : { format }).parse(body).map((q) => {
      if (q.object.termType !== 'Literal' || !q.object.datatype) return q;
      const value = fixedLexical(q.object.value, q.object.datatype.value);
      if (value === q.object.value) return q;
      return DataFactory.quad(q.subject, q.predicate, DataFactory.literal(value, q.object.datatype), q.graph);
    });
  } catch (error) {
    throw new BadGatewayError(`The SPARQL store at ${endpoint} sent an unreadable ${format} graph: ${(error as Error).message}`);
  }
}
