// The JSON-LD API: /context.jsonld, /api/{kind} (filtered, paged lists) and /api/{kind}/{slug}
// (single items), for persons, acts, organisations and UN bodies. Bodies are JSON-LD
// (application/ld+json) that read as plain JSON: short keys from the published context, nested
// objects from framing (domain/api). Lists are hydra:Collection pages with total, limit, offset
// and next/prev links. A bad filter is a 400 whose message says what to send instead.
import type { Request, RequestHandler } from 'express';
import { ApiCatalog } from '../../domain/api/api-catalog.js';
import { InvalidListQueryError, parseListQuery, type ListQuery } from '../../domain/api/list-query.js';
import type { ResourceKind } from '../../domain/api/resource-graph.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { contextDocument } from '../../domain/jsonld/context.js';
import { BadRequestError, NotFoundError } from '../errors.js';
import { publicBase, publicContextUrl } from '../linked-data/public-url.js';

export interface ApiRoutes {
  /** GET /context.jsonld */
  readonly context: RequestHandler;
  /** GET /api/{kind} */
  list(kind: ResourceKind): RequestHandler;
  /** GET /api/{kind}/:slug */
  item(kind: ResourceKind): RequestHandler;
}

const JSONLD = 'application/ld+json; charset=utf-8';
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;

/**
 * `graphOf` (the whole graph, for lists) is called on the first list request; `graphFor` gives
 * the graph one item is framed from (the whole graph by default; in front of a remote store the
 * item's neighbourhood, read per request). A catalog (and its cache of framed items) is kept per
 * graph, for as long as that graph is in use.
 */
export function apiRoutes(
  graphOf: () => EntityGraph,
  publicBaseUrl?: string,
  graphFor: (iri: string) => Promise<EntityGraph> = async () => graphOf(),
): ApiRoutes {
  const catalogs = new WeakMap<EntityGraph, ApiCatalog>();
  const catalogFor = (graph: EntityGraph): ApiCatalog => {
    let catalog = catalogs.get(graph);
    if (!catalog) catalogs.set(graph, (catalog = new ApiCatalog(graph)));
    return catalog;
  };
  const catalogOf = (): ApiCatalog => catalogFor(graphOf());
  return {
    context: (_req, res) => {
      res.set('Cache-Control', 'public, max-age=3600');
      res.type(JSONLD).send(JSON.stringify(contextDocument(), null, 2));
    },
    list: (kind) => async (req, res) => {
      const catalog = catalogOf();
      const query = listQuery(catalog.graph, kind, req);
      const page = await catalog.list(query);
      const base = `${publicBase(req, publicBaseUrl)}api/${kind}`;
      const link = (offset: number) => pageUrl(base, req, offset);
      const body: Record<string, unknown> = {
        '@context': publicContextUrl(req, publicBaseUrl),
        id: link(query.offset),
        type: 'Collection',
        total: page.total,
        limit: query.limit,
        offset: query.offset,
        first: link(0),
      };
      if (query.offset > 0) body['prev'] = link(Math.max(0, query.offset - query.limit));
      if (query.offset + query.limit < page.total) body['next'] = link(query.offset + query.limit);
      body['items'] = page.items;
      res.type(JSONLD).send(JSON.stringify(body, null, 2));
    },
    item: (kind) => async (req, res) => {
      const slug = String(req.params['slug'] ?? '');
      if (!SLUG.test(slug)) {
        throw new BadRequestError(`"${slug.slice(0, 60)}" is not a slug; item paths are /api/${kind}/{slug} with letters, digits, "-", "." or "_".`);
      }
      const iri = ApiCatalog.iriOf(kind, slug);
      const item = await catalogFor(await graphFor(iri)).item(kind, iri);
      if (!item) throw new NotFoundError(`No ${kind.replace(/s$/, '')} ${iri}; see /api/${kind} for the list.`);
      res.type(JSONLD).send(JSON.stringify({ '@context': publicContextUrl(req, publicBaseUrl), ...item }, null, 2));
    },
  };
}

function listQuery(graph: EntityGraph, kind: ResourceKind, req: Request): ListQuery {
  try {
    return parseListQuery(graph, kind, req.query as Record<string, unknown>);
  } catch (error) {
    if (error instanceof InvalidListQueryError) throw new BadRequestError(error.message);
    throw error;
  }
}

/** The list URL with the request's filters and `offset` replaced (parameters in request order). */
function pageUrl(base: string, req: Request, offset: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(req.query)) {
    if (name !== 'offset' && typeof value === 'string') params.set(name, value);
  }
  params.set('offset', String(offset));
  return `${base}?${params.toString()}`;
}
