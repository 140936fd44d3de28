// Handlers of the visual views (the viz block of routes.ts): /timeline, /network, /map, /charts.
// Each reads the shared EntityGraph (index lookups, no query engine) except the charts, whose
// numbers come from SPARQL through the engine so that a chart's table is the query's answer.
// A filter a client gets wrong is a 400 saying what to send (InvalidListQueryError).
import type { Request, RequestHandler } from 'express';
import { InvalidListQueryError } from '../../domain/api/list-query.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { actFamilies } from '../../domain/viz/act-families.js';
import { filteredActs, parseVizFilter, type VizFilter } from '../../domain/viz/act-filter.js';
import { filterOptions } from '../../domain/viz/filter-options.js';
import { timelineModel } from '../../domain/viz/timeline/timeline-model.js';
import type { RouteContext } from '../app.js';
import { BadRequestError, MethodNotAllowedError, PayloadTooLargeError } from '../errors.js';
import { renderChartsPage } from '../views/charts-view.js';
import { chartOfQuery, standingCharts } from './standing-charts.js';
import { renderTimelinePage } from '../views/timeline-view.js';
import { filterForm } from '../views/viz-parts.js';

export interface VizHandlers {
  readonly timeline: RequestHandler;
  readonly charts: RequestHandler;
  readonly methodNotAllowed: RequestHandler;
}

export function vizHandlers(context: RouteContext, graph: () => EntityGraph = sharedEntityGraph): VizHandlers {
  return {
    timeline: (req, res) => {
      const g = graph();
      const filter = filterOf(g, req);
      const model = timelineModel(g, filteredActs(g, filter));
      res.type('text/html; charset=utf-8').send(renderTimelinePage(model, actFamilies(g), filterForm('/timeline', filterOptions(g), filter)));
    },
    charts: async (req, res) => {
      const { query, ...rest } = req.query as Record<string, unknown>;
      const unknown = Object.keys(rest).filter((name) => name !== 'format');
      if (unknown.length > 0) throw new BadRequestError(`Unknown parameter "${unknown[0]}" for /charts; use query= (a SPARQL SELECT).`);
      if (query !== undefined && typeof query !== 'string') throw new BadRequestError('Give "query" once, as a SPARQL SELECT.');
      if (typeof query === 'string' && query.length > context.limits.maxQueryLength) {
        throw new PayloadTooLargeError(`The query is longer than ${context.limits.maxQueryLength} characters.`);
      }
      const views = query?.trim() ? [await chartOfQuery(context.engine, query)] : await standingCharts(context.engine);
      res.type('text/html; charset=utf-8').send(renderChartsPage(views, actFamilies(graph()), query));
    },
    methodNotAllowed: (req, _res, next) => {
      if (req.method === 'GET' || req.method === 'HEAD') return next();
      throw new MethodNotAllowedError(req.method, ['GET', 'HEAD', 'OPTIONS']);
    },
  };
}

function filterOf(graph: EntityGraph, req: Request, extra: readonly string[] = []): VizFilter {
  try {
    return parseVizFilter(graph, req.query as Record<string, unknown>, extra);
  } catch (error) {
    if (error instanceof InvalidListQueryError) throw new BadRequestError(error.message);
    throw error;
  }
}
