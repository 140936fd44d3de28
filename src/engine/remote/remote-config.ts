// Configuration of the remote SPARQL backend, read from the environment once at start-up.
//   SPARQL_BACKEND            the store's SPARQL 1.1 query endpoint, e.g. http://127.0.0.1:8890/sparql;
//                             unset = the embedded Oxigraph engine (see src/engine/create-engine.ts)
//   SPARQL_BACKEND_USER       optional credentials for the store
//   SPARQL_BACKEND_PASSWORD
//   SPARQL_BACKEND_AUTH       basic (default) or digest (Virtuoso's /sparql-auth asks for digest)
//   SPARQL_BACKEND_CONNECTIONS  keep-alive connections to the store (default 16)
//   SPARQL_BACKEND_DEFAULT_GRAPHS  comma-separated graphs merged into the default graph
//                             (default: the release's three part graphs, see NAMED_GRAPHS)
//   SPARQL_BACKEND_NAMED_GRAPHS    comma-separated graphs visible to GRAPH and FROM NAMED (default: same)
//   SPARQL_BACKEND_MAX_BYTES  largest response read from the store (default 64 MiB)
// The engine limits (QUERY_TIMEOUT_MS, MAX_RESULT_ROWS, MAX_QUERY_LENGTH, QUERY_QUEUE_LIMIT,
// SERVICE_ALLOWLIST, SERVICE_ALLOW_PRIVATE) apply unchanged (src/engine/engine-config.ts).
import { BASE_IRI } from '../../config.js';
import type { EngineConfig } from '../engine-config.js';

/** The release's part graphs (same IRIs as NAMED_GRAPHS in src/domain/export/release-info.ts). */
export const RELEASE_GRAPHS: readonly string[] = ['ontology', 'data', 'links'].map((part) => `${BASE_IRI}graph/${part}`);

/** Graph where `kg load` writes the load record (version, time); never visible to clients. */
export const LOAD_RECORD_GRAPH = `${BASE_IRI}graph/load-record`;

/**
 * A graph name that never holds triples: sent as the named (or default) graph when a dataset
 * has none, so a store cannot fall back to "all graphs" (Virtuoso's default).
 */
export const EMPTY_GRAPH = `${BASE_IRI}graph/empty`;

export type AuthScheme = 'basic' | 'digest';

export interface RemoteConfig {
  readonly endpoint: string;
  readonly user?: string;
  readonly password?: string;
  readonly auth: AuthScheme;
  readonly connections: number;
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
  readonly maxResponseBytes: number;
}

const list = (value: string | undefined, fallback: readonly string[]) =>
  value === undefined || value.trim() === '' ? fallback : value.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** Null when SPARQL_BACKEND is unset; throws on an invalid value. */
export function remoteConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RemoteConfig | null {
  const endpoint = env.SPARQL_BACKEND?.trim();
  if (!endpoint) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`SPARQL_BACKEND must be an http(s) URL, got "${endpoint}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SPARQL_BACKEND must be http or https, got "${endpoint}"`);
  const auth = (env.SPARQL_BACKEND_AUTH ?? 'basic').toLowerCase();
  if (auth !== 'basic' && auth !== 'digest') throw new Error(`SPARQL_BACKEND_AUTH must be basic or digest, got "${auth}"`);
  const int = (value: string | undefined, name: string, fallback: number) => {
    if (value === undefined || value.trim() === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
    return n;
  };
  return {
    endpoint: url.href,
    user: env.SPARQL_BACKEND_USER || undefined,
    password: env.SPARQL_BACKEND_PASSWORD || undefined,
    auth,
    connections: int(env.SPARQL_BACKEND_CONNECTIONS, 'SPARQL_BACKEND_CONNECTIONS', 16),
    defaultGraphs: list(env.SPARQL_BACKEND_DEFAULT_GRAPHS, RELEASE_GRAPHS),
    namedGraphs: list(env.SPARQL_BACKEND_NAMED_GRAPHS, RELEASE_GRAPHS),
    maxResponseBytes: int(env.SPARQL_BACKEND_MAX_BYTES, 'SPARQL_BACKEND_MAX_BYTES', 64 * 1024 * 1024),
  };
}

/** What the remote engine needs from the engine config (limits and the SERVICE policy). */
export type RemoteLimits = Pick<
  EngineConfig,
  'timeoutMs' | 'maxRows' | 'maxQueryLength' | 'queueLimit' | 'serviceAllowlist' | 'allowPrivateServiceAddresses'
>;
