// What the reconciliation endpoints (src/http/reconcile/) ask of the graph, whichever way it is
// held: `indexReconciler` over the in-memory index (the bundled graph, a user's graph, or a
// remote store up to ENTITY_GRAPH_MAX_TRIPLES: every answer computed from the whole index), or
// StoreReconciler (store-reconciler.ts: past the limit, each answer read from the store per
// request). Both answer with the same pure functions of this folder; errors a client can fix are
// ReconcileInputError.
import { resolveEntity } from './entity-id.js';
import { extendData, type ExtendRequest, type ExtendResponse } from './extend-data.js';
import { reconcile } from './match-query.js';
import { reconcileBatch, type QueryResult } from './reconcile-batch.js';
import type { IndexedEntity, ReconcileIndex } from './reconcile-index.js';
import type { Candidate, ReconcileQuery } from './reconcile-types.js';
import { suggestEntities, type Page, type Suggestion } from './suggest.js';

/** An entity with an index holding everything its preview and properties read. */
export interface ResolvedEntity {
  readonly index: ReconcileIndex;
  readonly entity: IndexedEntity;
}

export interface Reconciler {
  /** A batch of named queries (reconcile-batch.ts). */
  batch(batch: unknown): Promise<Record<string, QueryResult>>;
  /** One query (match-query.ts). */
  reconcile(query: ReconcileQuery): Promise<Candidate[]>;
  /** Data extension (extend-data.ts). */
  extend(request: ExtendRequest): Promise<ExtendResponse>;
  /** The entity a client's id stands for (entity-id.ts), or undefined. */
  resolve(id: string): Promise<ResolvedEntity | undefined>;
  /** Suggest entities by prefix (suggest.ts). */
  suggest(prefix: string, typeId: string | undefined, page: Page): Promise<Suggestion[]>;
}

/** The reconciler over an in-memory index (built on first use by `indexOf`). */
export function indexReconciler(indexOf: () => ReconcileIndex): Reconciler {
  const now = <T>(run: () => T): Promise<T> => Promise.resolve().then(run);
  return {
    batch: (batch) => now(() => reconcileBatch(indexOf(), batch)),
    reconcile: (query) => now(() => reconcile(indexOf(), query)),
    extend: (request) => now(() => extendData(indexOf(), request)),
    resolve: (id) =>
      now(() => {
        const index = indexOf();
        const entity = resolveEntity(index, id);
        return entity ? { index, entity } : undefined;
      }),
    suggest: (prefix, typeId, page) => now(() => suggestEntities(indexOf(), prefix, typeId, page)),
  };
}
