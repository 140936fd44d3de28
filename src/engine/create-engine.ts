// The one place that chooses the query engine: the embedded Oxigraph engine (default), or any
// SPARQL 1.1 store when SPARQL_BACKEND is set (src/engine/remote/). Either way it returns the
// validation report of the data the engine serves and the engine, ready; with a remote store the
// entity graph (pages, JSON-LD API, reconciliation) is read THROUGH the engine, so nothing reads
// the local files: the store's data was validated by `kg load` before it was loaded.
import { setSharedEntityGraph } from '../domain/entity/shared-entity-graph.js';
import { EntityGraph } from '../domain/entity/entity-graph.js';
import type { ValidationReport } from '../domain/validation-report.js';
import { GraphStore } from '../store/graph-store.js';
import type { EngineConfig } from './engine-config.js';
import { EngineService } from './engine-service.js';
import { validateInChild } from './validation-process.js';
import type { QueryEngine } from './query-engine.js';
import { remoteConfigFromEnv, type RemoteConfig } from './remote/remote-config.js';
import type { RemoteSparqlEngine } from './remote/remote-sparql-engine.js';

/** What server.ts needs of either engine. */
export type StartedEngine = QueryEngine & { readonly triples: number; prepareFederation(): void };

/**
 * Above this many triples the remote store's graph is not copied into the process: entity pages,
 * the API and reconciliation then answer 404 (per-request SPARQL reads are the next step).
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

/** Copies the store's default graph into the process-wide entity graph (one paged read). */
export async function loadEntityGraphThrough(engine: RemoteSparqlEngine, log: (message: string) => void): Promise<void> {
  const store = new GraphStore();
  if (engine.triples > entityGraphLimit()) {
    log(`The store holds ${engine.triples} triples (> ENTITY_GRAPH_MAX_TRIPLES): entity pages, the API and reconciliation are off.`);
  } else {
    store.addQuads(await engine.readAll());
  }
  setSharedEntityGraph(new EntityGraph(store));
}
