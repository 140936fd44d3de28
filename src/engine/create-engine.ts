// The one place that chooses the query engine: the embedded Oxigraph engine (default), or any
// SPARQL 1.1 store when SPARQL_BACKEND is set (src/engine/remote/). Either way it returns the
// validation report of the data the engine serves and the engine, ready; with a remote store
// every read of the graph goes THROUGH the engine, so nothing reads the local files (the store's
// data was validated by `kg load` before it was loaded):
//   - entity pages, their RDF and JSON-LD, /resource and the API's items: the resource's
//     neighbourhood, one CONSTRUCT per request, cached (domain/entity/neighbourhood-source.ts);
//   - browse lists, search, reconciliation, the viz views and the API's lists, which need the whole
//     graph: a copy read at start-up, only up to ENTITY_GRAPH_MAX_TRIPLES; past it, reconciliation
//     and search read the store per request (domain/reconcile/store-reconciler.ts,
//     domain/search/store-search.ts), so does /api/acts (domain/api/store-act-list.ts), and the
//     others answer 503 naming the limit (domain/entity/whole-graph-off.ts).
import { canonicalEntityGraph } from '../domain/entity/canonical-graph.js';
import { NeighbourhoodSource } from '../domain/entity/neighbourhood-source.js';
import { setSharedEntityGraph, setSharedEntitySource, setWholeGraphOff } from '../domain/entity/shared-entity-graph.js';
import { setStoreActList, StoreActList } from '../domain/api/store-act-list.js';
import { setStoreReconciler } from '../domain/reconcile/shared-reconciler.js';
import { StoreReconciler } from '../domain/reconcile/store-reconciler.js';
import { setStoreSearch } from '../domain/search/shared-store-search.js';
import { StoreSearch } from '../domain/search/store-search.js';
import type { ValidationReport } from '../domain/validation-report.js';
import type { EngineConfig } from './engine-config.js';
import { EngineService } from './engine-service.js';
import { validateInChild } from './validation-process.js';
import type { QueryEngine } from './query-engine.js';
import { remoteConfigFromEnv, type RemoteConfig } from './remote/remote-config.js';
import type { RemoteSparqlEngine } from './remote/remote-sparql-engine.js';

/** What server.ts needs of either engine. */
export type StartedEngine = QueryEngine & { readonly triples: number; prepareFederation(): void };

/**
 * Above this many triples the remote store's graph is not copied into the process: browse lists,
 * the viz views and the API's lists then answer 503 saying so; entity pages, the API's items,
 * reconciliation and search read the store per request at any size.
 * ENTITY_GRAPH_MAX_TRIPLES, default 2,000,000 (the in-memory index, src/store/graph-store.ts, held about 0.6 KB a triple on the bundled graph: about 1.2 GB).
 */
const entityGraphLimit = () => Number(process.env.ENTITY_GRAPH_MAX_TRIPLES ?? 2_000_000);

/** Starts the engine chosen by the environment; validation runs in a one-shot child process beside the embedded engine's load. */
export async function startEngine(
  config: EngineConfig,
  remote: RemoteConfig | null = remoteConfigFromEnv(),
  log: (message: string) => void = console.error,
): Promise<[ValidationReport, StartedEngine]> {
  if (remote === null) return Promise.all([validateInChild(), EngineService.start(config)]);
  // Loaded only here, so the embedded service never loads the HTTP client (undici) it does not use.
  const { RemoteSparqlEngine } = await import('./remote/remote-sparql-engine.js');
  const engine = await RemoteSparqlEngine.start(remote, config);
  await loadEntityGraphThrough(engine, log);
  return [{ conforms: true, violations: [] }, engine];
}

/**
 * Installs the process-wide entity source (per-request neighbourhoods read through `engine`) and,
 * up to ENTITY_GRAPH_MAX_TRIPLES, the copy of the store's default graph (one paged read) for the
 * views that need all of it; past the limit, the per-request reconciler and search, and the other
 * views are switched off with a 503 message.
 * Returns the source (tests read its counters).
 */
export async function loadEntityGraphThrough(engine: RemoteSparqlEngine, log: (message: string) => void): Promise<NeighbourhoodSource> {
  const source = new NeighbourhoodSource(engine, {
    from: engine.remote.defaultGraphs,
    onTruncated: (iri, rows) => log(`The neighbourhood of ${iri} reached the row cap (${rows} triples, MAX_RESULT_ROWS): its page may lack some referrers.`),
  });
  const limit = entityGraphLimit();
  if (engine.triples > limit) {
    log(`The store holds ${engine.triples} triples (> ENTITY_GRAPH_MAX_TRIPLES=${limit}): browse lists, the viz views and the API's lists but /api/acts are off; entity pages, reconciliation, search and /api/acts read the store per request.`);
    setWholeGraphOff(engine.triples, limit);
    setStoreReconciler(new StoreReconciler(engine, source, engine.remote.defaultGraphs));
    setStoreSearch(new StoreSearch(engine, engine.remote.defaultGraphs));
    setStoreActList(new StoreActList(engine, engine.remote.defaultGraphs));
  } else {
    setSharedEntityGraph(canonicalEntityGraph(await engine.readAll()));
    setStoreReconciler(undefined);
    setStoreSearch(undefined);
    setStoreActList(undefined);
  }
  setSharedEntitySource(source);
  return source;
}
