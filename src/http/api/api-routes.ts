// The JSON-LD API: /context.jsonld, /api/{kind} (filtered, paged lists) and /api/{kind}/{slug}
// (single items), for persons, acts, organisations and UN bodies. Bodies are JSON-LD
// (application/ld+json) that read as plain JSON: short keys from the published context, nested
// objects from framing (domain/api). Lists are hydra:Collection pages with total, limit, offset
// and next/prev links. A bad filter is a 400 whose message says what to send instead. Past
// ENTITY_GRAPH_MAX_TRIPLES, /api/acts (with from, to and paging) reads its page from the store
// (domain/api/store-act-list.ts); the other lists need the whole graph (503 whole_graph_off).
import type { Request, RequestHandler } from 'express';
import { ApiCatalog, type ListPage } from '../../domain/api/api-catalog.js';
import { InvalidListQueryError, KIND_FILTERS, parseListQuery, type ListQuery } from '../../domain/api/list-query.js';
import type { ResourceKind } from '../../domain/api/resource-graph.js';
import { STORE_LIST_PARAMETERS, storeActList } from '../../domain/api/store-act-list.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { entityGraphOf, sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { WholeGraphOffError } from '../../domain/entity/whole-graph-off.js';
import { contextDocument } from '../../domain/jsonld/context.js';
import type { JsonObject } from '../../domain/jsonld/frame-resource.js';
import { BadRequestError, NotFoundError, ServiceUnavailableError } from '../errors.js';
import { publicBase, publicContextUrl } from '../linked-data/public-url.js';

/** A graph with nothing in it: checks a list query's paging and years without the whole graph. */
const EMPTY_GRAPH = entityGraphOf([]);

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
      const store = kind === 'acts' && graphOf === sharedEntityGraph ? storeActList() : undefined;
      const other = Object.keys(req.query).find((name) => !STORE_LIST_PARAMETERS.includes(name) && KIND_FILTERS.acts.includes(name));
      if (store && other) throwIfWholeGraphOff(other, graphOf);
      let query: ListQuery;
      let page: ListPage;
      if (store && !other) {
        // Past ENTITY_GRAPH_MAX_TRIPLES: the page read from the store, each item framed from its neighbourhood.
        query = listQuery(EMPTY_GRAPH, kind, req);
        const { total, iris } = await store.page(query);
        const items = await Promise.all(iris.map(async (iri) => catalogFor(await graphFor(iri)).item(kind, iri)));
        page = { total, items: items.filter((item): item is JsonObject => item !== undefined) };
      } else {
        const catalog = catalogOf();
        query = listQuery(catalog.graph, kind, req);
        page = await catalog.list(query);
      }
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

/** Without the whole graph, the 503 of an act filter the store cannot apply: which one, what works, and the limit's own message. */
function throwIfWholeGraphOff(filter: string, graphOf: () => EntityGraph): void {
  try {
    graphOf();
  } catch (error) {
    if (!(error instanceof WholeGraphOffError)) throw error;
    throw new ServiceUnavailableError(`Filtering /api/acts by "${filter}" is not possible here (/api/acts takes from, to, limit and offset at any size). ${error.message}`, 'whole_graph_off', 3600);
  }
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
