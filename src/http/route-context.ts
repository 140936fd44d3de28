// What every route handler may use, built once per app by createApp (app.ts) and passed to
// registerRoutes (routes.ts). Its own file so that routes.ts and the handlers need not import
// app.ts (which imports routes.ts): no import cycle.
import type { EntityGraph } from '../domain/entity/entity-graph.js';
import type { ReleaseInfo } from '../domain/export/release-info.js';
import type { QueryEngine } from '../engine/query-engine.js';
import type { HttpCache } from './cache/http-cache.js';
import type { UserDataset } from './linked-data/user-dataset.js';

export interface AppLimits {
  /** Largest accepted request body in bytes (413 past it). Default 64 KiB. */
  readonly maxBodyBytes: number;
  /** Longest accepted query text in characters (413 past it). Default 32 Ki characters. */
  readonly maxQueryLength: number;
}

export interface RouteContext {
  readonly engine: QueryEngine;
  readonly limits: AppLimits;
  readonly publicBaseUrl?: string;
  readonly serviceAllowlist: readonly string[];
  /** Version of the graph being served (see AppOptions.graphVersion). */
  readonly graphVersion: string;
  /** Version and issue date of the data served, as the home page's schema.org Dataset gives them (see AppOptions.release). */
  readonly release: ReleaseInfo;
  /** The HTTP cache; routes.ts puts `cache.afterBody` after body parsers of cacheable POSTs. */
  readonly cache: HttpCache;
  /**
   * The graph entity pages, browse, search, reconciliation and the JSON-LD API read: the bundled
   * graph (domain/entity/shared-entity-graph.ts) unless the app serves a user's data. Called per
   * request; returns the same graph each time.
   */
  readonly entityGraph: () => EntityGraph;
  /** Set when the app serves a user's own RDF (`kg serve --data`) instead of the bundled graph. */
  readonly userData?: UserDataset;
}
