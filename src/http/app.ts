// The Express application factory. `createApp(options)` builds the whole HTTP service around an
// engine and returns it unstarted, so tests run it in-process on port 0 and server.ts listens.
// Order of middleware: CORS (every response, preflight answered here) → the HTTP cache
// (cache/http-cache.ts: ETag, 304, replay of kept responses) → the route table (routes.ts) →
// 404 → the one error middleware (errors.ts).
import express, { type Express } from 'express';
import type { QueryEngine } from '../engine/query-engine.js';
import { cacheConfigFromEnv, type CacheConfig } from './cache/cache-config.js';
import { httpCache } from './cache/http-cache.js';
import { bundledGraphVersion, codeVersion } from './cache/representation-version.js';
import { errorMiddleware, NotFoundError } from './errors.js';
import { cors } from './cors.js';
import { registerRoutes } from './routes.js';
import type { AppLimits, RouteContext } from './route-context.js';
import type { EntityGraph } from '../domain/entity/entity-graph.js';
import { sharedEntityGraph } from '../domain/entity/shared-entity-graph.js';
import { releaseInfo, type ReleaseInfo } from '../domain/export/release-info.js';
import type { UserDataset } from './linked-data/user-dataset.js';

// The context's types live in route-context.ts (no import cycle with routes.ts); re-exported for
// the handlers that still import them from here.
export type { AppLimits, RouteContext } from './route-context.js';

export interface AppOptions {
  readonly engine: QueryEngine;
  readonly limits?: Partial<AppLimits>;
  /**
   * The public base of the service (e.g. `http://localhost:8080/`), used in the service
   * description and to map the data's IRI base (BASE_IRI) to this server. Default: from the request.
   */
  readonly publicBaseUrl?: string;
  /** SERVICE endpoints allowed (for the service description). */
  readonly serviceAllowlist?: readonly string[];
  /** Where unexpected errors are logged. Default console.error. */
  readonly log?: (message: string) => void;
  /**
   * Version of the graph being served, part of every ETag. Default: a hash of the bundled
   * graph's files (cache/representation-version.ts); a remote store supplies its own.
   */
  readonly graphVersion?: string;
  /**
   * Version and issue date of the data served, for the home page's schema.org Dataset. Default:
   * the bundled release's (package.json, RELEASE_ISSUED); a remote store supplies its load
   * record's (storeReleaseInfo), the same as its /release says.
   */
  readonly release?: ReleaseInfo;
  /** HTTP caching (cache/cache-config.ts). Default: from RESULT_CACHE_MB and CACHE_MAX_AGE_S. */
  readonly cache?: Partial<CacheConfig>;
  /**
   * A user's own RDF (`kg serve --data`): entity pages, browse, search and reconciliation read its
   * graph, its IRIs are dereferenced under its base, /release publishes it, and the JSON-LD API of
   * the bundled report answers 404. Default: the bundled graph (sharedEntityGraph).
   */
  readonly userData?: UserDataset;
}

export const DEFAULT_LIMITS: AppLimits = { maxBodyBytes: 64 * 1024, maxQueryLength: 32 * 1024 };

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.set('trust proxy', false);
  const graphVersion = options.graphVersion ?? bundledGraphVersion();
  const cache = httpCache({
    config: { ...cacheConfigFromEnv(), ...options.cache },
    // The bytes depend on the graph, the code, the engine's limits (row cap, service
    // description) and the public base URL; nothing else but the request.
    version: () => JSON.stringify([graphVersion, codeVersion(), options.engine.info(), options.publicBaseUrl ?? null]),
    originInKey: options.publicBaseUrl === undefined,
  });
  const context: RouteContext = {
    engine: options.engine,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    publicBaseUrl: options.publicBaseUrl,
    serviceAllowlist: options.serviceAllowlist ?? [],
    graphVersion,
    release: options.release ?? releaseInfo(),
    cache,
    entityGraph: entityGraphOf(options.userData),
    ...(options.userData ? { userData: options.userData } : {}),
  };
  app.use(cors());
  app.use(cache.middleware);
  registerRoutes(app, context);
  app.use((req, _res, next) => next(new NotFoundError(`No resource at ${req.path}`)));
  app.use(errorMiddleware(options.log));
  return app;
}

/** The user's graph when there is one (per app: two apps in one process never share it), else the bundled one. */
function entityGraphOf(userData: UserDataset | undefined): () => EntityGraph {
  if (!userData) return sharedEntityGraph;
  const { graph } = userData;
  return () => graph;
}
