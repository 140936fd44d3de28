// A batch of queries (Reconciliation API v0.2, "Reconciliation Query Batch"): every query answered
// on its own. A query the service cannot run (an unknown property or type, a blank query, a bad
// limit) gets an empty result and a warning the client can show, while the others in the same
// batch are answered: OpenRefine sends 10 rows per batch and would otherwise mark all of them
// failed. The result-batch schema lets each query's object carry members beside `result`; the
// warnings go there as `warnings: [{type, message}]`. Only a batch that is not an object at all is
// refused as a whole (ReconcileInputError, a 400 over HTTP).
import { reconcile, ReconcileInputError } from './match-query.js';
import type { ReconcileIndex } from './reconcile-index.js';
import type { Candidate, ReconcileQuery } from './reconcile-types.js';

/** Most queries in one batch (OpenRefine sends 10 by default). */
export const MAX_BATCH = 200;

export interface QueryWarning {
  /** Machine-readable: `invalid_query`. */
  readonly type: 'invalid_query';
  /** What to fix, for a person. */
  readonly message: string;
}

export interface QueryResult {
  readonly result: readonly Candidate[];
  readonly warnings?: readonly QueryWarning[];
}

export function reconcileBatch(index: ReconcileIndex, batch: unknown): Record<string, QueryResult> {
  if (!batch || typeof batch !== 'object' || Array.isArray(batch)) {
    throw new ReconcileInputError('"queries" must be a JSON object of named queries: {"q0": {"query": "Wang Yu"}}.');
  }
  const entries = Object.entries(batch as Record<string, unknown>);
  if (entries.length > MAX_BATCH) throw new ReconcileInputError(`At most ${MAX_BATCH} queries per batch; send the rest in another request.`);
  return Object.fromEntries(entries.map(([key, query]) => [key, answer(index, key, query)]));
}

function answer(index: ReconcileIndex, key: string, query: unknown): QueryResult {
  try {
    return { result: reconcile(index, query as ReconcileQuery) };
  } catch (error) {
    if (!(error instanceof ReconcileInputError)) throw error;
    return { result: [], warnings: [{ type: 'invalid_query', message: `Query "${key}": ${error.message}` }] };
  }
}
