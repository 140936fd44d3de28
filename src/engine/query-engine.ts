// The query engine's public interface: what the HTTP layer (SPARQL protocol, entity pages, the
// JSON-LD API) calls to read the graph. Implemented by EngineService (src/engine/engine-service.ts):
// local queries run on Oxigraph in a pool of worker threads, queries with SERVICE run through
// Comunica in their own worker; each under a hard time limit, past which the worker is terminated
// and replaced and the call rejects with QueryTimeoutError (503). No call ever blocks the event loop.
//
// Usage for linked-data pages (quads are RDF/JS, from n3's DataFactory):
//   const quads = await engine.construct(`DESCRIBE <${iri}>`, { timeoutMs: 2000 });
//   const rows  = await engine.select(`SELECT ?l WHERE { <${iri}> rdfs:label ?l }`);
//   rows[0]?.get('l')?.value
// Errors: MalformedQueryError (400, with line/column), ForbiddenError (403: update, SERVICE not
// allowlisted), PayloadTooLargeError (413: query too long), QueryTimeoutError (503),
// ServiceUnavailableError (503: queue full), BadGatewayError (502: remote SERVICE failed).
import type { Quad, Term } from '@rdfjs/types';

/** Options every call accepts. */
export interface QueryOptions {
  /** Time limit in ms; capped at the engine's configured maximum (QUERY_TIMEOUT_MS, default 10 s). */
  readonly timeoutMs?: number;
  /** SPARQL 1.1 Protocol §2.1.4 `default-graph-uri`: the dataset's default graph (graph names in the store; never fetched). */
  readonly defaultGraphUris?: readonly string[];
  /** SPARQL 1.1 Protocol §2.1.4 `named-graph-uri`. */
  readonly namedGraphUris?: readonly string[];
}

/** One SELECT solution: variable name (without `?`) → bound term. Unbound variables are absent. */
export type Bindings = ReadonlyMap<string, Term>;

/** Result of `query` serialised for the wire. */
export interface SerializedResult {
  /** SELECT → 'results'; ASK → 'boolean'; CONSTRUCT/DESCRIBE → 'graph'. */
  readonly kind: ResultKind;
  readonly mediaType: string;
  /** The serialised result: UTF-8 bytes when it came from an engine process, else a string. */
  readonly body: string | Buffer;
  /** True when the result was cut at the engine's row limit (MAX_RESULT_ROWS). */
  readonly truncated: boolean;
  /** Number of rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in the body. */
  readonly count: number;
}

/** What a query form produces; the content-negotiation kind of its response. */
export type ResultKind = 'results' | 'boolean' | 'graph';

/** Query form, known before running it (from the parsed query). */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface EngineInfo {
  readonly triples: number;
  readonly timeoutMs: number;
  readonly maxRows: number;
  readonly maxQueryLength: number;
  readonly serviceAllowlist: readonly string[];
  /**
   * Version of the data served, when the engine knows it from the store itself (remote stores:
   * the load record written by `kg load`, else the triple count); for ETags, VoID and /health.
   */
  readonly graphVersion?: string;
  /** When that data was loaded into the store (xsd:dateTime of the load record), when it says. */
  readonly graphLoaded?: string;
}

export interface QueryEngine {
  /** The form of a query, or MalformedQueryError / ForbiddenError (update). No evaluation. */
  inspect(query: string): Promise<QueryForm>;
  /**
   * Runs a query and serialises it; `pickMediaType` receives the form and returns the media type
   * (so content negotiation can depend on the form, and throw 406 before any work is done).
   */
  query(
    query: string,
    pickMediaType: (kind: ResultKind) => string,
    options?: QueryOptions,
  ): Promise<SerializedResult>;
  /** SELECT solutions, at most MAX_RESULT_ROWS. */
  select(query: string, options?: QueryOptions): Promise<Bindings[]>;
  /** ASK answer. */
  ask(query: string, options?: QueryOptions): Promise<boolean>;
  /** CONSTRUCT/DESCRIBE triples (in the default graph), at most MAX_RESULT_ROWS. */
  construct(query: string, options?: QueryOptions): Promise<Quad[]>;
  /** Limits and size, for the service description. */
  info(): EngineInfo;
  /** Stops every worker. */
  close(): Promise<void>;
}
