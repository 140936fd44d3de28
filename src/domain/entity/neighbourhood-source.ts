// Entity graphs read per request: for each IRI, the small graph its representations read
// (neighbourhood-query.ts), fetched with one CONSTRUCT through the query engine and put in an
// EntityGraph in canonical order (canonical-graph.ts), so the synchronous renderers (entity
// pages, RDF, JSON-LD, the API's items) run on it unchanged. Used in front of a remote store
// (SPARQL_BACKEND), where nothing else of the store's graph needs to be in the process.
// Kept in a least-recently-used cache bounded by bytes (lru-cache's maxSize, with maxEntrySize so
// that one huge neighbourhood cannot evict the rest), keyed by the graph's version and the IRI:
// a new load of the store (a new version) never serves an old neighbourhood. Concurrent
// requests for the same IRI share one query.
import type { Quad } from '@rdfjs/types';
import { LRUCache } from 'lru-cache';
import { canonicalEntityGraph } from './canonical-graph.js';
import type { EntityGraph } from './entity-graph.js';
import { neighbourhoodQuery } from './neighbourhood-query.js';

/** What the source needs of the engine: QueryEngine.construct and its row cap. */
export interface ConstructReader {
  construct(query: string): Promise<Quad[]>;
  info(): { readonly maxRows: number; readonly graphVersion?: string };
}

export interface NeighbourhoodOptions {
  /** Bytes of cached neighbourhoods (ENTITY_CACHE_BYTES, default 64 MiB). */
  readonly maxBytes?: number;
  /** Graphs named by FROM in the query: the remote store's default graphs (see neighbourhoodQuery). */
  readonly from?: readonly string[];
  /** Called once per IRI whose neighbourhood reached the row cap (and so may be incomplete). */
  readonly onTruncated?: (iri: string, rows: number) => void;
}

/**
 * Bytes a neighbourhood holds, estimated: the term strings (UTF-16) of each triple plus about
 * 200 bytes of index and object overhead per triple (rdf-stores' nested maps and n3 terms).
 */
function estimatedBytes(quads: readonly Quad[]): number {
  let bytes = 0;
  for (const q of quads) bytes += 200 + 2 * (q.subject.value.length + q.predicate.value.length + q.object.value.length);
  return Math.max(1, bytes);
}

interface Cached {
  readonly graph: EntityGraph;
  readonly bytes: number;
}

export class NeighbourhoodSource {
  private readonly cache: LRUCache<string, Cached>;
  private readonly pending = new Map<string, Promise<EntityGraph>>();
  /** Neighbourhoods read from the store (cache misses), for tests and /health-style counters. */
  reads = 0;
  /** Reads that reached the engine's row cap. */
  truncated = 0;

  constructor(
    private readonly engine: ConstructReader,
    private readonly options: NeighbourhoodOptions = {},
  ) {
    const maxSize = options.maxBytes ?? Number(process.env.ENTITY_CACHE_BYTES ?? 64 * 1024 * 1024);
    if (!Number.isSafeInteger(maxSize) || maxSize < 1) throw new Error(`ENTITY_CACHE_BYTES must be a positive whole number of bytes, not "${process.env.ENTITY_CACHE_BYTES}".`);
    this.cache = new LRUCache<string, Cached>({
      maxSize,
      // A neighbourhood larger than a quarter of the cache is served but not kept.
      maxEntrySize: Math.max(1, Math.floor(maxSize / 4)),
      sizeCalculation: (value) => value.bytes,
    });
  }

  /**
   * The graph holding everything the representations of `iri` read (InvalidIriError for an IRI
   * that cannot be put in a query; the engine's errors as they come: timeout, store down...).
   * Bounded by the engine's row cap (MAX_RESULT_ROWS): a resource whose neighbourhood is larger
   * gets an arbitrary part of it cut — its page then lacks some referrers or their labels — and
   * the cut is reported through onTruncated.
   */
  graphFor(iri: string): Promise<EntityGraph> {
    const info = this.engine.info();
    const key = `${info.graphVersion ?? ''}\n${iri}`;
    const hit = this.cache.get(key);
    if (hit) return Promise.resolve(hit.graph);
    let reading = this.pending.get(key);
    if (!reading) {
      const query = neighbourhoodQuery(iri, info.maxRows, this.options.from); // throws InvalidIriError before any I/O
      reading = this.read(key, iri, query, info.maxRows).finally(() => this.pending.delete(key));
      this.pending.set(key, reading);
    }
    return reading;
  }

  private async read(key: string, iri: string, query: string, cap: number): Promise<EntityGraph> {
    const quads = await this.engine.construct(query);
    this.reads += 1;
    if (quads.length >= cap) {
      this.truncated += 1;
      this.options.onTruncated?.(iri, quads.length);
    }
    const graph = canonicalEntityGraph(quads);
    this.cache.set(key, { graph, bytes: estimatedBytes(quads) });
    return graph;
  }

  /** Entries and bytes held (for tests and diagnostics). */
  get cached(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.calculatedSize };
  }
}
