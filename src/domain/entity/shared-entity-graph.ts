// The graph entity pages and the JSON-LD API read: every file of the bundled graph parsed once
// per process into an in-memory index (src/store/graph-store.ts; a few hundred ms at start-up,
// then index lookups only), in canonical order (canonical-graph.ts). It is
// separate from the query engine's Oxigraph stores, which live in worker threads: entity
// lookups are bounded by construction and never wait behind a queued or runaway query.
// With a remote SPARQL store (SPARQL_BACKEND), src/engine/create-engine.ts installs instead:
//   - an entity source (setSharedEntitySource): each entity's representations are built from its
//     neighbourhood read from the store per request (neighbourhood-source.ts);
//   - the whole graph read through the engine at start-up (setSharedEntityGraph) for the views
//     that need all of it (browse, search, reconciliation, viz), or, past
//     ENTITY_GRAPH_MAX_TRIPLES, nothing (setWholeGraphOff): those views then fail with
//     WholeGraphOffError (503 saying why). No local file is read then.
// entityGraphOf builds the same kind of graph from any quads (a user's data, `kg serve --data`),
// for one app: it is never installed process-wide.
import type { Quad } from 'n3';
import { GraphStore } from '../../store/graph-store.js';
import { loadGraph } from '../../store/load-graph.js';
import { canonicalEntityGraph } from './canonical-graph.js';
import { EntityGraph } from './entity-graph.js';
import { WholeGraphOffError } from './whole-graph-off.js';

/** Where the representations of one entity read from: a graph holding at least its neighbourhood. */
export interface EntitySource {
  graphFor(iri: string): Promise<EntityGraph>;
}

let shared: EntityGraph | WholeGraphOffError | undefined;
let source: EntitySource | undefined;

/** The process-wide EntityGraph of the bundled graph, loaded on first call (WholeGraphOffError when off). */
export function sharedEntityGraph(): EntityGraph {
  shared ??= canonicalEntityGraph(loadGraph().store);
  if (shared instanceof WholeGraphOffError) throw shared;
  return shared;
}

/** Installs the graph read from another source (the remote store); later calls return it. */
export function setSharedEntityGraph(graph: EntityGraph): void {
  shared = graph;
}

/** No whole graph in the process: the store holds `triples`, more than `limit`. */
export function setWholeGraphOff(triples: number, limit: number): void {
  shared = new WholeGraphOffError(triples, limit);
}

/** Installs the per-request source of entity graphs (the remote store); undefined restores the whole graph. */
export function setSharedEntitySource(next: EntitySource | undefined): void {
  source = next;
}

/** The graph the representations of `iri` are built from: its neighbourhood from the installed source, else the whole graph. */
export function sharedEntityGraphFor(iri: string): Promise<EntityGraph> {
  return source ? source.graphFor(iri) : Promise.resolve().then(sharedEntityGraph);
}

/** An EntityGraph of the given quads (named graphs kept); the caller owns it. Cost: one index build. */
export function entityGraphOf(quads: readonly Quad[]): EntityGraph {
  return new EntityGraph(new GraphStore(quads));
}
