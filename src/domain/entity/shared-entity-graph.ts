// The graph entity pages and the JSON-LD API read: every file of the bundled graph parsed once
// per process into an N3 store (a few hundred ms at start-up, then index lookups only). It is
// separate from the query engine's Oxigraph stores, which live in worker threads: entity
// lookups are bounded by construction and never wait behind a queued or runaway query.
import { loadGraph } from '../../store/load-graph.js';
import { EntityGraph } from './entity-graph.js';

let shared: EntityGraph | undefined;

/** The process-wide EntityGraph of the bundled graph, loaded on first call. */
export function sharedEntityGraph(): EntityGraph {
  shared ??= new EntityGraph(loadGraph().store);
  return shared;
}
