// The dataset release of the data a remote SPARQL store holds (SPARQL_BACKEND, src/engine/remote/):
// every named graph of the release (ontology, data, links: RELEASE_GRAPHS) read through the
// store with paged CONSTRUCT/GRAPH queries (RemoteSparqlEngine.readGraph), and its version from
// the store's load record (written by `kg load`), so /release says what /sparql answers and not
// what the service's own files hold. Runs in the release child process (release-child.ts) or in
// `kg export --from-store`, never in the HTTP process.
// Bounded: a store holding more than RELEASE_MAX_TRIPLES triples in those graphs is refused
// (ReleaseTooLargeError) before anything is read. The build holds the whole graph several times
// over (quad index, canonical N-Quads, every syntax, tables): ~9 KB a triple at peak, measured
// with scripts/release/measure-release.ts (figures at DEFAULT_RELEASE_MAX_TRIPLES, release-limit.ts).
// What still comes from the service's files, and why: the source report's text and the links'
// review records (documents, not graph data: the store holds neither; the release says so in the
// files' descriptions and in void.ttl), the Turtle prefixes and the JSON-LD context (code).
import type { Quad } from 'n3';
import { NAMED_GRAPHS, storeReleaseInfo, type ReleaseInfo, type ReleaseOrigin } from '../domain/export/release-info.js';
import { GraphStore } from '../store/graph-store.js';
import type { GraphPart } from '../store/graph-files.js';
import type { LoadedGraph } from '../store/load-graph.js';
import { LOAD_RECORD_GRAPH, type RemoteConfig, type RemoteLimits } from './remote/remote-config.js';
import { RemoteSparqlEngine } from './remote/remote-sparql-engine.js';
import { StoreShortReadError } from './remote/short-read-error.js';
import { ReleaseTooLargeError } from './release-limit.js';

const DCTERMS = 'http://purl.org/dc/terms/';

/** What buildRelease needs of a graph read from a store. */
export interface StoreReleaseGraph {
  readonly graph: LoadedGraph;
  readonly info: ReleaseInfo;
  readonly origin: ReleaseOrigin;
}

/**
 * Reads the release's graphs and load record from the store. `maxTriples` (Infinity for an offline
 * export) is checked against a COUNT before any triple is read. `today` dates a release of a store
 * without a load record (the day its data was read); with one, the load record's date is used.
 */
export async function readReleaseGraph(
  remote: RemoteConfig,
  limits: RemoteLimits,
  maxTriples: number,
  today: () => Date = () => new Date(),
): Promise<StoreReleaseGraph> {
  const parts = Object.entries(NAMED_GRAPHS) as [GraphPart, string][];
  const graphs = parts.map(([, iri]) => iri);
  // Its dataset is the release's graphs, whatever the service exposes: the count is theirs.
  const engine = await RemoteSparqlEngine.start({ ...remote, defaultGraphs: graphs, namedGraphs: graphs }, limits);
  try {
    if (engine.triples > maxTriples) throw new ReleaseTooLargeError(engine.triples, maxTriples);
    const store = new GraphStore();
    const read = new Map<GraphPart, Quad[]>();
    for (const [part, iri] of parts) {
      const quads = await engine.readGraph(iri);
      // A store that caps results below the page size (Virtuoso's ResultSetMaxRows, 10,000 by
      // default outside deploy/virtuoso/virtuoso.ini) would end the paging early: never a short release.
      const counted = Number((await engine.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${iri}> { ?s ?p ?o } }`))[0]?.get('n')?.value ?? 0);
      if (quads.length !== counted) throw new StoreShortReadError(`<${iri}>`, quads.length, counted);
      if (quads.length === 0) continue;
      store.addQuads(quads);
      read.set(part, quads);
    }
    const record = await engine.readGraph(LOAD_RECORD_GRAPH, 1000);
    const value = (property: string) => record.find((q) => q.predicate.value === `${DCTERMS}${property}`)?.object.value;
    const version = value('identifier');
    const loaded = value('created');
    return {
      graph: { store, parts: read, files: [] },
      // The same version the service reports (ETag, /health): the load record's, else triples-<count>.
      info: storeReleaseInfo(version ?? engine.graphVersion, loaded, today),
      origin: { loadRecord: version !== undefined, ...(loaded ? { loaded } : {}) },
    };
  } finally {
    await engine.close();
  }
}
