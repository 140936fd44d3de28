// The engine's limits and sources, read from the environment once at start-up.
//   QUERY_TIMEOUT_MS    hard time limit per query (default 10000); a request may ask for less
//   MAX_RESULT_ROWS     rows (SELECT) or triples (CONSTRUCT/DESCRIBE) per response (default 10000)
//   MAX_QUERY_LENGTH    characters per query (default 32768)
//   QUERY_WORKERS       most Oxigraph engine processes (default 2); each holds a full copy of the graph
//   QUERY_WORKERS_AT_REST  engines kept while idle (default 1, at most QUERY_WORKERS): more start
//                       when queries wait, and stop again after ENGINE_IDLE_MS without work
//   ENGINE_IDLE_MS      idle time after which an engine above QUERY_WORKERS_AT_REST stops (default 60000)
//   ENGINE_MAX_HEAP_MB  JS heap cap of each engine process, V8 --max-old-space-size (default 512)
//   ENGINE_MAX_RSS_MB   resident memory cap of each engine process (default 1024); past it the
//                       engine is killed and replaced and its query gets 503
//   QUERY_QUEUE_LIMIT   queries waiting for a worker before 503 (default 64)
//   SERVICE_ALLOWLIST   comma-separated SPARQL endpoints SERVICE may call
//                       (default https://query.wikidata.org/sparql)
//   SERVICE_ALLOW_PRIVATE  "true" lets allowlisted endpoints resolve to loopback/private
//                       addresses (default false; for tests and local federations only)
import type { GraphFile } from '../store/graph-files.js';

/** An extra RDF file loaded into a named graph (used by the conformance script's fixtures). */
export interface NamedGraphFile {
  readonly path: string;
  /** Oxigraph format name, e.g. 'application/n-triples' or 'text/turtle'. */
  readonly format: string;
  readonly graph: string;
}

export interface EngineConfig {
  readonly timeoutMs: number;
  readonly maxRows: number;
  readonly maxQueryLength: number;
  /** Most engine processes. */
  readonly workers: number;
  /** Engine processes kept while idle (lean at rest); at most `workers`. */
  readonly workersAtRest: number;
  /** Idle time after which an engine above `workersAtRest` stops. */
  readonly engineIdleMs: number;
  readonly queueLimit: number;
  readonly serviceAllowlist: readonly string[];
  readonly allowPrivateServiceAddresses: boolean;
  /** Files of the default graph; default: the bundled graph (graphFiles()). */
  readonly files?: readonly GraphFile[];
  /** Extra files loaded into named graphs. */
  readonly namedGraphFiles?: readonly NamedGraphFile[];
  /** Allow SERVICE queries, run on Comunica in its own engine process started on first use (default true). */
  readonly federation: boolean;
  /** JS heap cap of each engine process in MB. */
  readonly maxHeapMb: number;
  /** Resident memory cap of each engine process in MB (JS heap + Oxigraph's WASM memory + native). */
  readonly maxRssMb: number;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  timeoutMs: 10_000,
  maxRows: 10_000,
  maxQueryLength: 32 * 1024,
  workers: 2,
  workersAtRest: 1,
  engineIdleMs: 60_000,
  queueLimit: 64,
  serviceAllowlist: ['https://query.wikidata.org/sparql'],
  allowPrivateServiceAddresses: false,
  federation: true,
  maxHeapMb: 512,
  maxRssMb: 1024,
};

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** Reads the configuration from environment variables; throws on an invalid value. */
export function engineConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const d = DEFAULT_ENGINE_CONFIG;
  const allowlist = env.SERVICE_ALLOWLIST?.trim();
  return {
    ...d,
    timeoutMs: positiveInt(env.QUERY_TIMEOUT_MS, 'QUERY_TIMEOUT_MS', d.timeoutMs),
    maxRows: positiveInt(env.MAX_RESULT_ROWS, 'MAX_RESULT_ROWS', d.maxRows),
    maxQueryLength: positiveInt(env.MAX_QUERY_LENGTH, 'MAX_QUERY_LENGTH', d.maxQueryLength),
    workers: positiveInt(env.QUERY_WORKERS, 'QUERY_WORKERS', d.workers),
    workersAtRest: positiveInt(env.QUERY_WORKERS_AT_REST, 'QUERY_WORKERS_AT_REST', d.workersAtRest),
    engineIdleMs: positiveInt(env.ENGINE_IDLE_MS, 'ENGINE_IDLE_MS', d.engineIdleMs),
    queueLimit: positiveInt(env.QUERY_QUEUE_LIMIT, 'QUERY_QUEUE_LIMIT', d.queueLimit),
    maxHeapMb: positiveInt(env.ENGINE_MAX_HEAP_MB, 'ENGINE_MAX_HEAP_MB', d.maxHeapMb),
    maxRssMb: positiveInt(env.ENGINE_MAX_RSS_MB, 'ENGINE_MAX_RSS_MB', d.maxRssMb),
    serviceAllowlist:
      allowlist === undefined
        ? d.serviceAllowlist
        : allowlist.split(',').map((s) => s.trim()).filter((s) => s !== ''),
    allowPrivateServiceAddresses: env.SERVICE_ALLOW_PRIVATE === 'true',
  };
}
