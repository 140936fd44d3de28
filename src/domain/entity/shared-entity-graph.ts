// The graph entity pages and the JSON-LD API read: every file of the bundled graph parsed once
// per process into an in-memory index (src/store/graph-store.ts; a few hundred ms at start-up,
// then index lookups only). It is
// separate from the query engine's Oxigraph stores, which live in worker threads: entity
// lookups are bounded by construction and never wait behind a queued or runaway query.
// With a remote SPARQL store (SPARQL_BACKEND), src/engine/create-engine.ts reads the graph through
// the engine at start-up and installs it with setSharedEntityGraph: no local file is read then.
// entityGraphOf builds the same kind of graph from any quads (a user's data, `kg serve --data`),
// for one app: it is never installed process-wide.
import type { Quad } from 'n3';
import { GraphStore } from '../../store/graph-store.js';
import { loadGraph } from '../../store/load-graph.js';
import { EntityGraph } from './entity-graph.js';

let shared: EntityGraph | undefined;

/** The process-wide EntityGraph of the bundled graph, loaded on first call. */
export function sharedEntityGraph(): EntityGraph {
  shared ??= new EntityGraph(loadGraph().store);
  return shared;
}

/** Installs the graph read from another source (the remote store); later calls return it. */
export function setSharedEntityGraph(graph: EntityGraph): void {
  shared = graph;
}

/** An EntityGraph of the given quads (named graphs kept); the caller owns it. Cost: one index build. */
export function entityGraphOf(quads: readonly Quad[]): EntityGraph {
  return new EntityGraph(new GraphStore(quads));
}
