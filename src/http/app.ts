// The Express application factory. `createApp(options)` builds the whole HTTP service around an
// engine and returns it unstarted, so tests run it in-process on port 0 and server.ts listens.
// Order of middleware: CORS (every response, preflight answered here) → the route table
// (routes.ts) → 404 → the one error middleware (errors.ts).
import express, { type Express } from 'express';
import type { QueryEngine } from '../engine/query-engine.js';
import { errorMiddleware, NotFoundError } from './errors.js';
import { cors } from './cors.js';
import { registerRoutes } from './routes.js';

export interface AppLimits {
  /** Largest accepted request body in bytes (413 past it). Default 64 KiB. */
  readonly maxBodyBytes: number;
  /** Longest accepted query text in characters (413 past it). Default 32 Ki characters. */
  readonly maxQueryLength: number;
}

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
}

export const DEFAULT_LIMITS: AppLimits = { maxBodyBytes: 64 * 1024, maxQueryLength: 32 * 1024 };

/** Everything a route handler may use; passed to registerRoutes. */
export interface RouteContext {
  readonly engine: QueryEngine;
  readonly limits: AppLimits;
  readonly publicBaseUrl?: string;
  readonly serviceAllowlist: readonly string[];
}

export function createApp(options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.set('trust proxy', false);
  const context: RouteContext = {
    engine: options.engine,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    publicBaseUrl: options.publicBaseUrl,
    serviceAllowlist: options.serviceAllowlist ?? [],
  };
  app.use(cors());
  registerRoutes(app, context);
  app.use((req, _res, next) => next(new NotFoundError(`No resource at ${req.path}`)));
  app.use(errorMiddleware(options.log));
  return app;
}
