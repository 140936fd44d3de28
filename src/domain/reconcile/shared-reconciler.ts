// The process-wide reconciler that reads the store per request, installed by
// src/engine/create-engine.ts when the remote store is larger than ENTITY_GRAPH_MAX_TRIPLES (so
// its graph was not copied into the process). Unset, the reconciliation endpoints use the
// in-memory index of the shared entity graph.
import type { Reconciler } from './reconciler.js';

let installed: Reconciler | undefined;

/** Installs (or, with undefined, removes) the per-request reconciler. */
export function setStoreReconciler(next: Reconciler | undefined): void {
  installed = next;
}

/** The per-request reconciler, when the whole graph is not in the process. */
export function storeReconciler(): Reconciler | undefined {
  return installed;
}
