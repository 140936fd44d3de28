// Builds every handler of the linked-data block of routes.ts — entity pages, the ontology, the
// JSON-LD API, OpenAPI, the home page and its assets — around one shared EntityGraph, loaded
// once per process on the first request that needs it (domain/entity/shared-entity-graph.ts), so
// building the app costs nothing and a data file being edited cannot break it. routes.ts only
// wires them. For a user's data (RouteContext.userData) entity pages describe the user's IRIs
// (linked-data-routes.ts) and the JSON-LD API (/api/*, /context.jsonld, /openapi.json) answers
// 404 saying why: it frames the bundled report's classes (persons, acts, organisations, UN
// bodies), which a user's data does not have; its JSON-LD is served by content negotiation on
// its entity descriptions, its dumps by /release.
import type { RequestHandler } from 'express';
import type { ResourceKind } from '../../domain/api/resource-graph.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { sharedEntityGraph, sharedEntityGraphFor } from '../../domain/entity/shared-entity-graph.js';
import { WholeGraphOffError } from '../../domain/entity/whole-graph-off.js';
import { FAMILY_SLUGS } from '../../domain/viz/act-families.js';
import { NS } from '../../vocab.js';
import type { RouteContext } from '../route-context.js';
import { MethodNotAllowedError, NotFoundError } from '../errors.js';
import { apiRoutes } from '../api/api-routes.js';
import { openApiDocument } from '../api/openapi.js';
import { homeRoutes } from '../home/home-routes.js';
import { vizHomeSlots } from '../viz/viz-slots.js';
import { linkedDataRoutes } from './linked-data-routes.js';
import { publicBase } from './public-url.js';

export interface LinkedDataHandlers {
  readonly entity: RequestHandler;
  /** GET /resource?iri=: the description of any IRI of the data served. */
  readonly resource: RequestHandler;
  readonly ontology: RequestHandler;
  readonly context: RequestHandler;
  list(kind: ResourceKind): RequestHandler;
  item(kind: ResourceKind): RequestHandler;
  readonly openapi: RequestHandler;
  readonly home: RequestHandler;
  readonly yasgui: RequestHandler;
  readonly assets: RequestHandler;
  readonly favicon: RequestHandler;
  /** 405 for any other method on the linked-data paths (RFC 9110 §15.5.6). */
  readonly methodNotAllowed: RequestHandler;
}

export function linkedDataHandlers(
  context: RouteContext,
  graph: () => EntityGraph = context.entityGraph,
): LinkedDataHandlers {
  // The bundled graph's entities are described from the installed entity source: the whole graph,
  // or in front of a remote store each one's neighbourhood read per request (shared-entity-graph.ts).
  const graphFor = graph === sharedEntityGraph ? sharedEntityGraphFor : async () => graph();
  const ld = linkedDataRoutes(graph, context.publicBaseUrl, context.userData, graphFor);
  const api = apiRoutes(graph, context.publicBaseUrl, graphFor);
  const home = homeRoutes(context.release, async () => vizHomeSlots(context.engine, await familyLabels(graph, graphFor)));
  const bundledOnly: RequestHandler = (req) => {
    throw new NotFoundError(
      `${req.path} is the JSON-LD API of the bundled report (its persons, acts, organisations and UN bodies); this service serves your own data: ` +
        'ask for an IRI\'s description as JSON-LD (Accept: application/ld+json) at its path or at /resource?iri=…, query /sparql, or download /release.',
    );
  };
  if (context.userData) return { ...ld, ...home, context: bundledOnly, list: () => bundledOnly, item: () => bundledOnly, openapi: bundledOnly, methodNotAllowed };
  return {
    ...ld,
    context: api.context,
    list: api.list,
    item: api.item,
    openapi: (req, res) => {
      res.type('application/json; charset=utf-8').send(JSON.stringify(openApiDocument(publicBase(req, context.publicBaseUrl)), null, 2));
    },
    ...home,
    methodNotAllowed,
  };
}

/**
 * The graph the home page's charts take the act-type families' labels from: the whole graph, or
 * when it is off (a store past ENTITY_GRAPH_MAX_TRIPLES) the neighbourhood of the first family,
 * which holds every family's labels (neighbourhood-query.ts, branch 8).
 */
async function familyLabels(graph: () => EntityGraph, graphFor: (iri: string) => Promise<EntityGraph>): Promise<EntityGraph> {
  try {
    return graph();
  } catch (error) {
    if (!(error instanceof WholeGraphOffError)) throw error;
    return graphFor(NS.acttype(FAMILY_SLUGS[0]));
  }
}

/** GET on an unmatched path under these prefixes falls through to the 404. */
const methodNotAllowed: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'OPTIONS']);
};
