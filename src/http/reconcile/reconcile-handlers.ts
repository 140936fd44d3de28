// HTTP handlers of the reconciliation service (Reconciliation API v0.2, the version OpenRefine
// speaks). Requests: GET /reconcile (manifest), GET|POST /reconcile with `queries` (a JSON batch
// {"q0": {query, type?, limit?, properties?}}) or `extend` (data extension), as a query string,
// a form body, or a JSON body; JSONP with `callback` on GET. The matching itself is
// src/domain/reconcile/ (pure), through a Reconciler (reconciler.ts): the index built once from
// the shared entity graph, or, past ENTITY_GRAPH_MAX_TRIPLES, reads of the store per request
// (store-reconciler.ts, installed by src/engine/create-engine.ts).
// Per-query problems in a batch are answered per query (reconcile-batch.ts); links sent back to
// the client are built from service-base.ts (PUBLIC_BASE_URL, else the request).
import express, { type Request, type RequestHandler, type Response } from 'express';
import { sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { proposeProperties } from '../../domain/reconcile/entity-properties.js';
import { localId } from '../../domain/reconcile/entity-id.js';
import type { ExtendRequest } from '../../domain/reconcile/extend-data.js';
import { ReconcileInputError } from '../../domain/reconcile/match-query.js';
import { buildReconcileIndex, type ReconcileIndex } from '../../domain/reconcile/reconcile-index.js';
import { indexReconciler, type Reconciler } from '../../domain/reconcile/reconciler.js';
import { RECONCILE_TYPES, SCHEMA_SPACE, type ReconcileQuery } from '../../domain/reconcile/reconcile-types.js';
import { storeReconciler } from '../../domain/reconcile/shared-reconciler.js';
import { readPage, suggestProperties, suggestTypes } from '../../domain/reconcile/suggest.js';
import type { RouteContext } from '../route-context.js';
import { BadRequestError, MethodNotAllowedError, NotFoundError } from '../errors.js';
import { previewCard } from './preview-card.js';
import { reconcileManifest } from './reconcile-manifest.js';
import { serviceBase } from './service-base.js';

export { MAX_BATCH } from '../../domain/reconcile/reconcile-batch.js';

const CALLBACK = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/u;

export interface ReconcileHandlers {
  readonly parseBody: RequestHandler;
  /** GET and POST /reconcile. */
  readonly service: RequestHandler;
  readonly preview: RequestHandler;
  /** The manifest's view template: 303 to the entity's page, or to its type's documentation. */
  readonly view: RequestHandler;
  readonly suggestEntity: RequestHandler;
  readonly suggestType: RequestHandler;
  readonly suggestProperty: RequestHandler;
  readonly propose: RequestHandler;
  /** Any other method on these paths: 405 with Allow. */
  readonly methodNotAllowed: RequestHandler;
}

let shared: ReconcileIndex | undefined;
const sharedIndex = indexReconciler(() => (shared ??= buildReconcileIndex(sharedEntityGraph().store)));

/**
 * The reconciler of the app's graph: for the bundled one, the store's per-request reconciler when
 * one is installed (past ENTITY_GRAPH_MAX_TRIPLES), else the index shared by the process; a
 * user's graph has its app's own index.
 */
function reconcilerOfContext(context: RouteContext): () => Reconciler {
  if (context.entityGraph === sharedEntityGraph) return () => storeReconciler() ?? sharedIndex;
  let own: ReconcileIndex | undefined;
  const reconciler = indexReconciler(() => (own ??= buildReconcileIndex(context.entityGraph().store)));
  return () => reconciler;
}

export function reconcileHandlers(context: RouteContext, reconcilerOf: () => Reconciler = reconcilerOfContext(context)): ReconcileHandlers {
  const limit = context.limits.maxBodyBytes;
  const form = express.urlencoded({ extended: false, limit, parameterLimit: 10 });
  const json = express.json({ limit, strict: true });
  return {
    parseBody: (req, res, next) => form(req, res, (error?: unknown) => (error ? next(error) : json(req, res, next))),
    service: async (req, res) => {
      const params = parameters(req);
      if (params.extend !== undefined) return send(req, res, await inputErrors(() => reconcilerOf().extend(parseJson(params.extend, 'extend') as ExtendRequest)));
      if (params.queries !== undefined) return send(req, res, await inputErrors(() => reconcilerOf().batch(parseJson(params.queries, 'queries'))));
      if (params.query !== undefined) return send(req, res, { result: await inputErrors(() => reconcilerOf().reconcile(singleQuery(params.query))) });
      return send(req, res, reconcileManifest(serviceBase(req, context.publicBaseUrl)));
    },
    preview: async (req, res) => {
      const id = stringParam(req, 'id');
      const found = await reconcilerOf().resolve(id);
      if (!found) throw new NotFoundError(`No entity "${id}" to preview; ids look like person/cao-shunli.`);
      res.type('text/html').send(previewCard(found.index, found.entity, `${serviceBase(req, context.publicBaseUrl)}id/${found.entity.id}`).value);
    },
    view: async (req, res) => {
      const id = stringParam(req, 'id');
      const entity = (await reconcilerOf().resolve(id))?.entity;
      const typeId = localId(id.startsWith(SCHEMA_SPACE) ? id.slice(SCHEMA_SPACE.length) : id);
      const type = entity ? undefined : RECONCILE_TYPES.find((t) => t.id === typeId);
      if (!entity && !type) throw new NotFoundError(`No entity or type "${id}"; ids look like person/cao-shunli, types like Person.`);
      // Only the resolved local id goes into the Location: never the client's text.
      res.redirect(303, entity ? `${serviceBase(req, context.publicBaseUrl)}id/${entity.id}` : `${serviceBase(req, context.publicBaseUrl)}ontology#${type?.id ?? ''}`);
    },
    suggestEntity: async (req, res) => {
      const page = inputErrorsNow(() => readPage(req.query.cursor, req.query.limit));
      send(req, res, { result: await reconcilerOf().suggest(stringParam(req, 'prefix'), optionalType(req), page) });
    },
    suggestType: (req, res) => {
      const page = inputErrorsNow(() => readPage(req.query.cursor, req.query.limit));
      send(req, res, { result: suggestTypes(stringParam(req, 'prefix'), page) });
    },
    suggestProperty: (req, res) => {
      const page = inputErrorsNow(() => readPage(req.query.cursor, req.query.limit));
      send(req, res, { result: suggestProperties(stringParam(req, 'prefix'), page) });
    },
    propose: (req, res) => {
      const type = optionalType(req);
      const limited = req.query.limit !== undefined;
      const page = inputErrorsNow(() => readPage(req.query.cursor, req.query.limit ?? '1000'));
      const properties = proposeProperties(type).slice(page.cursor, page.cursor + page.limit);
      send(req, res, { ...(type ? { type } : {}), ...(limited ? { limit: page.limit } : {}), properties });
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

/** The v0.1 single form: `query=Wang Yu` or `query={"query": "Wang Yu", "type": "Person"}`. */
function singleQuery(value: unknown): ReconcileQuery {
  if (typeof value === 'string' && value.trim().startsWith('{')) return parseJson(value, 'query') as ReconcileQuery;
  return { query: String(value) };
}

function inputErrorsNow<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ReconcileInputError) throw new BadRequestError(error.message);
    throw error;
  }
}

/** The answer of `run`, a ReconcileInputError turned into a 400 (thrown at once or rejected). */
async function inputErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ReconcileInputError) throw new BadRequestError(error.message);
    throw error;
  }
}

function stringParam(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== 'string' || value === '') throw new BadRequestError(`Parameter "${name}" is required.`);
  return value;
}

function optionalType(req: Request): string | undefined {
  const given = req.query.type;
  if (given === undefined || given === '') return undefined;
  const type = typeof given === 'string' && given.startsWith(SCHEMA_SPACE) ? given.slice(SCHEMA_SPACE.length) : given;
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
