// What the engine must know about a query before running it, read with sparqljs: its form, whether
// it is an update (refused: the service is read-only), the SERVICE endpoints it calls, and a text
// with a row cap appended. Cost: one parse, linear in the query length (microseconds for
// typical queries); no evaluation. SPARQL 1.1 Query §19 (grammar), §16 (query forms).
import sparqljs from 'sparqljs';
import { BASE_IRI } from '../config.js';
import { ForbiddenError, MalformedQueryError, PayloadTooLargeError } from '../http/errors.js';
import type { QueryForm } from './query-engine.js';

export interface QueryAnalysis {
  /** Null when sparqljs could not parse the query; Oxigraph then has the last word (and gives line:column). */
  readonly form: QueryForm | null;
  /** IRIs of SERVICE clauses, in order of appearance, deduplicated. */
  readonly services: readonly string[];
  /** The text to run: the original, or with `LIMIT cap` so no more than cap rows are produced. */
  readonly text: string;
  /** FROM and FROM NAMED IRIs (§13.2), when parsed: the remote engine checks them without parsing again. */
  readonly dataset?: QueryDataset;
}

export interface QueryDataset {
  readonly from: readonly string[];
  readonly fromNamed: readonly string[];
}

/** Same limits as the engine config; passed in so analysis stays pure. */
export interface AnalysisLimits {
  readonly maxQueryLength: number;
  /** Row cap: the query is made to produce at most this many solutions (maxRows + 1 to detect a cut). */
  readonly rowCap: number;
}

const UPDATE_KEYWORDS = /^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/im;

/**
 * Throws PayloadTooLargeError (query too long), ForbiddenError (update; variable or non-IRI
 * SERVICE is left to the caller's allowlist check), MalformedQueryError only for empty input.
 * A query sparqljs cannot parse is returned with form null so the engine's parser reports it.
 */
export function analyzeQuery(query: string, limits: AnalysisLimits): QueryAnalysis {
  if (query.length > limits.maxQueryLength) {
    throw new PayloadTooLargeError(
      `Query is ${query.length} characters long; the limit is ${limits.maxQueryLength}.`,
    );
  }
  if (query.trim() === '') throw new MalformedQueryError('The query is empty.');
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser({ baseIRI: BASE_IRI }).parse(query);
  } catch {
    if (UPDATE_KEYWORDS.test(stripPrologue(query))) throw readOnly();
    return { form: null, services: [], text: query };
  }
  if (parsed.type === 'update') throw readOnly();
  const services = collectServices(parsed);
  return { form: parsed.queryType, services, text: capRows(query, parsed, limits.rowCap), dataset: datasetOf(parsed) };
}

/** The FROM / FROM NAMED IRIs of a parsed query (SPARQL 1.1 Query §13.2). */
export function datasetOf(parsed: sparqljs.Query): QueryDataset {
  const from = (parsed as { from?: { default?: { value: string }[]; named?: { value: string }[] } }).from;
  return { from: (from?.default ?? []).map((t) => t.value), fromNamed: (from?.named ?? []).map((t) => t.value) };
}

function readOnly(): ForbiddenError {
  return new ForbiddenError(
    'This service is read-only: SPARQL Update requests are not accepted. Send a SELECT, ASK, CONSTRUCT or DESCRIBE query.',
    'read_only',
  );
}

/** Removes comments, PREFIX and BASE declarations so the first keyword of the operation shows. */
function stripPrologue(query: string): string {
  return query
    .replace(/#[^\n]*/g, ' ')
    .replace(/\s*(PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)/gi, ' ');
}

/** The form of an unparsable query, guessed from its first keyword (for choosing a media type). */
export function guessForm(query: string): QueryForm {
  const m = /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(stripPrologue(query));
  return (m?.[1]?.toUpperCase() as QueryForm | undefined) ?? 'SELECT';
}

/** SERVICE IRIs anywhere in the query; a variable SERVICE is reported as `?name`. */
function collectServices(query: sparqljs.Query): string[] {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { termType: string; value: string } };
    if (n.type === 'service' && n.name) {
      found.add(n.name.termType === 'Variable' ? `?${n.name.value}` : n.name.value);
    }
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
  };
  visit(query.where);
  visit((query as { variables?: unknown }).variables);
  visit((query as { having?: unknown }).having);
  return [...found];
}

/**
 * Appends `LIMIT cap` to a SELECT or CONSTRUCT without LIMIT and without a trailing VALUES
 * (grammar §19.5: SolutionModifier precedes ValuesClause); a larger LIMIT is lowered by
 * regenerating the query. Other queries are left unchanged (the worker still cuts the rows).
 */
function capRows(text: string, parsed: sparqljs.Query, cap: number): string {
  if (parsed.queryType !== 'SELECT' && parsed.queryType !== 'CONSTRUCT') return text;
  const hasValues = (parsed as { values?: unknown }).values !== undefined;
  const limit = (parsed as { limit?: number }).limit;
  if (limit === undefined && !hasValues) return `${text}\nLIMIT ${cap}`;
  if (limit !== undefined && limit <= cap) return text;
  try {
    return new sparqljs.Generator().stringify({ ...parsed, limit: cap } as sparqljs.SparqlQuery);
  } catch {
    return text;
  }
}

/** Line and column of an Oxigraph parse error ("error at 3:11: expected ..."), if it is one. */
export function parseErrorLocation(message: string): { line: number; column: number } | undefined {
  const m = /error at (\d+):(\d+)/.exec(message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}
