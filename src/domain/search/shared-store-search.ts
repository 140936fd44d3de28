// The process-wide site search that reads the store per request, installed by
// src/engine/create-engine.ts when the remote store is larger than ENTITY_GRAPH_MAX_TRIPLES.
// Unset, /search uses the in-memory indexes of the shared entity graph.
import type { StoreSearch } from './store-search.js';

let installed: StoreSearch | undefined;

/** Installs (or, with undefined, removes) the per-request search. */
export function setStoreSearch(next: StoreSearch | undefined): void {
  installed = next;
}

/** The per-request search, when the whole graph is not in the process. */
export function storeSearch(): StoreSearch | undefined {
  return installed;
}
