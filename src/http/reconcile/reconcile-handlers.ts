// HTTP handlers of the reconciliation service (Reconciliation API v0.2, the version OpenRefine
// speaks). Requests: GET /reconcile (manifest), GET|POST /reconcile with `queries` (a JSON batch
// {"q0": {query, type?, limit?, properties?}}) or `extend` (data extension), as a query string,
// a form body, or a JSON body; JSONP with `callback` on GET. The matching itself is
// src/domain/reconcile/ (pure); the index is built once from the shared entity graph.
import express, { type Request, type RequestHandler, type Response } from 'express';
import { sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { proposeProperties } from '../../domain/reconcile/entity-properties.js';
import { extendData, type ExtendRequest } from '../../domain/reconcile/extend-data.js';
import { reconcile, ReconcileInputError } from '../../domain/reconcile/match-query.js';
import { buildReconcileIndex, type ReconcileIndex } from '../../domain/reconcile/reconcile-index.js';
import { RECONCILE_TYPES, type ReconcileQuery } from '../../domain/reconcile/reconcile-types.js';
import { suggestEntities, suggestProperties, suggestTypes } from '../../domain/reconcile/suggest.js';
import type { RouteContext } from '../app.js';
import { BadRequestError, MethodNotAllowedError, NotFoundError } from '../errors.js';
import { publicBase } from '../linked-data/public-url.js';
import { previewCard } from './preview-card.js';
import { reconcileManifest } from './reconcile-manifest.js';

/** Most queries in one batch (OpenRefine sends 10 by default). */
export const MAX_BATCH = 200;

const CALLBACK = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/u;

export interface ReconcileHandlers {
  readonly parseBody: RequestHandler;
  /** GET and POST /reconcile. */
  readonly service: RequestHandler;
  readonly preview: RequestHandler;
  readonly suggestEntity: RequestHandler;
  readonly suggestType: RequestHandler;
  readonly suggestProperty: RequestHandler;
  readonly propose: RequestHandler;
  /** Any other method on these paths: 405 with Allow. */
  readonly methodNotAllowed: RequestHandler;
}

let shared: ReconcileIndex | undefined;
const sharedIndex = () => (shared ??= buildReconcileIndex(sharedEntityGraph().store));

export function reconcileHandlers(context: RouteContext, indexOf: () => ReconcileIndex = sharedIndex): ReconcileHandlers {
  const limit = context.limits.maxBodyBytes;
  const form = express.urlencoded({ extended: false, limit, parameterLimit: 10 });
  const json = express.json({ limit, strict: true });
  return {
    parseBody: (req, res, next) => form(req, res, (error?: unknown) => (error ? next(error) : json(req, res, next))),
    service: (req, res) => {
      const params = parameters(req);
      if (params.extend !== undefined) return send(req, res, inputErrors(() => extendData(indexOf(), parseJson(params.extend, 'extend') as ExtendRequest)));
      if (params.queries !== undefined) return send(req, res, runBatch(indexOf(), parseJson(params.queries, 'queries')));
      if (params.query !== undefined) return send(req, res, { result: inputErrors(() => reconcile(indexOf(), singleQuery(params.query))) });
      return send(req, res, reconcileManifest(publicBase(req, context.publicBaseUrl)));
    },
    preview: (req, res) => {
      const id = stringParam(req, 'id');
      const entity = indexOf().byId(id);
      if (!entity) throw new NotFoundError(`No entity "${id}" to preview; ids look like person/cao-shunli.`);
      res.type('text/html').send(previewCard(indexOf(), entity, `${publicBase(req, context.publicBaseUrl)}id/${entity.id}`).value);
    },
    suggestEntity: (req, res) => send(req, res, { result: suggestEntities(indexOf(), stringParam(req, 'prefix'), optionalType(req)) }),
    suggestType: (req, res) => send(req, res, { result: suggestTypes(stringParam(req, 'prefix')) }),
    suggestProperty: (req, res) => send(req, res, { result: suggestProperties(stringParam(req, 'prefix')) }),
    propose: (req, res) => {
      const type = optionalType(req);
      send(req, res, { ...(type ? { type } : {}), properties: proposeProperties(type) });
    },
    methodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') return next(); // no GET route matched: 404
      throw new MethodNotAllowedError(req.method, req.path === '/reconcile' ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']);
    },
  };
}

/** Query string and (for POST) the parsed form or JSON body; a JSON body may be the batch itself. */
function parameters(req: Request): Record<string, unknown> {
  const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
  const isBatch = req.is('application/json') && !('queries' in body) && !('extend' in body) && Object.keys(body).length > 0;
  return { ...(req.query as Record<string, unknown>), ...(isBatch ? { queries: body } : body) };
}

function parseJson(value: unknown, name: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new BadRequestError(`"${name}" is not valid JSON.`);
  }
}

function runBatch(index: ReconcileIndex, batch: unknown): Record<string, { result: unknown }> {
  if (!batch || typeof batch !== 'object' || Array.isArray(batch)) {
    throw new BadRequestError('"queries" must be a JSON object of named queries: {"q0": {"query": "Wang Yu"}}.');
  }
  const entries = Object.entries(batch as Record<string, unknown>);
  if (entries.length > MAX_BATCH) throw new BadRequestError(`At most ${MAX_BATCH} queries per batch.`);
  return Object.fromEntries(
    entries.map(([key, query]) => {
      if (!query || typeof query !== 'object') throw new BadRequestError(`Query "${key}" must be an object with a "query" string.`);
      return [key, { result: inputErrors(() => reconcile(index, query as ReconcileQuery), key) }];
    }),
  );
}

/** The v0.1 single form: `query=Wang Yu` or `query={"query": "Wang Yu", "type": "Person"}`. */
function singleQuery(value: unknown): ReconcileQuery {
  if (typeof value === 'string' && value.trim().startsWith('{')) return parseJson(value, 'query') as ReconcileQuery;
  return { query: String(value) };
}

function inputErrors<T>(run: () => T, key?: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ReconcileInputError) throw new BadRequestError(key ? `Query "${key}": ${error.message}` : error.message);
    throw error;
  }
}

function stringParam(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== 'string' || value === '') throw new BadRequestError(`Parameter "${name}" is required.`);
  return value;
}

function optionalType(req: Request): string | undefined {
  const type = req.query.type;
  if (type === undefined || type === '') return undefined;
  if (typeof type !== 'string' || !RECONCILE_TYPES.some((t) => t.id === type)) {
    throw new BadRequestError(`Unknown type; use one of ${RECONCILE_TYPES.map((t) => t.id).join(', ')}.`);
  }
  return type;
}

/** JSON, or JSONP when a GET names a `callback` (a plain identifier path, nothing else). */
function send(req: Request, res: Response, body: unknown): void {
  const callback = req.method === 'GET' ? req.query.callback : undefined;
  if (callback === undefined) {
    res.json(body);
    return;
  }
  if (typeof callback !== 'string' || !CALLBACK.test(callback) || callback.length > 100) {
    throw new BadRequestError('"callback" must be a JavaScript identifier (JSONP).');
  }
  res.type('application/javascript').set('X-Content-Type-Options', 'nosniff').send(`/**/${callback}(${JSON.stringify(body)});`);
}
