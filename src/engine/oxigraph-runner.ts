// Runs one RunRequest on an Oxigraph store and returns the worker's reply. This is the engine's
// local query path without the thread around it: the Oxigraph worker calls it for every query
// and the conformance script calls it directly on per-test stores. Synchronous in Oxigraph
// (blocks its thread for the whole evaluation); serialisation of graphs is async.
import oxigraph from 'oxigraph';
import { BASE_IRI } from '../config.js';
import type { OxigraphStore } from '../store/oxigraph-store.js';
import { HttpError } from '../http/errors.js';
import { analyzeQuery, guessForm, parseErrorLocation } from './query-analysis.js';
import { bindingsOutput, quadsOutput } from './result-output.js';
import type { JsonResults } from './results-serializer.js';
import type { QueryForm } from './query-engine.js';
import type { RunError, RunRequest, RunResult } from './worker-protocol.js';

export type RunOutcome = { readonly ok: true; readonly result: RunResult } | { readonly ok: false; readonly error: RunError };

/** `baseIri` resolves relative IRIs in the query (default: the data's base, BASE_IRI). */
export async function runOnOxigraph(
  store: OxigraphStore,
  request: Omit<RunRequest, 'id'>,
  baseIri: string = BASE_IRI,
): Promise<RunOutcome> {
  const options: Parameters<OxigraphStore['query']>[1] = { base_iri: baseIri };
  // SPARQL 1.1 Protocol §2.1.4: a protocol-specified dataset replaces the query's FROM clauses.
  // Graph names select graphs already in the store; nothing is ever fetched.
  if (request.defaultGraphUris?.length || request.namedGraphUris?.length) {
    options.default_graph = (request.defaultGraphUris ?? []).map((iri) => oxigraph.namedNode(iri));
    options.named_graphs = (request.namedGraphUris ?? []).map((iri) => oxigraph.namedNode(iri));
  }
  let query = request.query;
  let form = request.form;
  if (request.analyze) {
    // Fast path (no sparqljs, which costs ~1 ms per short query): a SELECT or CONSTRUCT that
    // still parses with `LIMIT cap` appended had no LIMIT and no trailing VALUES, so the cap is
    // exactly what analyzeQuery would add. Anything else (syntax error, update, existing LIMIT)
    // takes the full analysis below and is parsed again from the client's own text.
    const guessed = guessForm(query);
    if (guessed === 'SELECT' || guessed === 'CONSTRUCT') {
      const capped = await evaluate(store, `${query}\nLIMIT ${request.analyze.rowCap}`, guessed, options, request);
      if (capped.ok || capped.error.kind !== 'syntax') return capped;
    }
    try {
      const analysis = analyzeQuery(query, request.analyze);
      if (analysis.services.length > 0) {
        return { ok: false, error: { kind: 'forbidden', message: 'SERVICE is not available on the local engine.' } };
      }
      query = analysis.text;
      form = analysis.form;
    } catch (error) {
      if (error instanceof HttpError) {
        return { ok: false, error: { kind: 'http', status: error.status, code: error.code, message: error.message } };
      }
      throw error;
    }
  }
  return evaluate(store, query, form ?? guessForm(query), options, request);
}

async function evaluate(
  store: OxigraphStore,
  query: string,
  form: QueryForm,
  options: Parameters<OxigraphStore['query']>[1],
  request: Omit<RunRequest, 'id'>,
): Promise<RunOutcome> {
  try {
    if (form === 'SELECT' || form === 'ASK') {
      const raw = store.query(query, { ...options, results_format: 'application/sparql-results+json' }) as string;
      return { ok: true, result: bindingsOutput(JSON.parse(raw) as JsonResults, request.output, request.maxRows, raw) };
    }
    const quads = store.query(query, options) as oxigraph.Quad[];
    return { ok: true, result: await quadsOutput(quads, request.output, request.maxRows) };
  } catch (error) {
    return { ok: false, error: toRunError(error) };
  }
}

function toRunError(error: unknown): RunError {
  const message = error instanceof Error ? error.message : String(error);
  // A WASM trap (typically Oxigraph's stack overflowing on a deeply nested query) or a stack
  // overflow inside it leaves the WASM instance unusable: every later query would fail. `fatal`
  // makes the pool replace the worker.
  if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
    return { kind: 'evaluation', message: `the engine failed on it (${message}); if it is deeply nested, flatten it`, fatal: true };
  }
  const location = parseErrorLocation(message);
  if (location) return { kind: 'syntax', message: shorten(message), ...location };
  if (/service .* is not supported/i.test(message)) return { kind: 'forbidden', message };
  return { kind: 'evaluation', message: shorten(message) };
}

/** Oxigraph lists every expected token; keep the message readable. */
function shorten(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}
