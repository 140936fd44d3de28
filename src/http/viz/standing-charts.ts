// The standing charts (domain/viz/charts/chart-queries.ts) computed through the query engine:
// each query runs once per process and its answer is reused (the graph is immutable while
// serving). `chartOfQuery` charts any SELECT a reader gives (run under the engine's limits;
// its errors are the SPARQL endpoint's: 400 malformed, 403 update, 503 timeout).
import type { QueryEngine } from '../../engine/query-engine.js';
import { chartModel } from '../../domain/viz/charts/chart-model.js';
import { CHART_QUERIES } from '../../domain/viz/charts/chart-queries.js';
import { selectVariables } from '../../domain/viz/charts/select-variables.js';
import { BadRequestError } from '../errors.js';
import type { ChartView } from '../views/charts-view.js';

const cache = new WeakMap<QueryEngine, Promise<ChartView[]>>();

export function standingCharts(engine: QueryEngine): Promise<ChartView[]> {
  let charts = cache.get(engine);
  if (!charts) {
    charts = Promise.all(
      CHART_QUERIES.map(async (q) => {
        const rows = await engine.select(q.query);
        return { ...q, result: chartModel(selectVariables(q.query, rows), rows) };
      }),
    );
    // A failed run (engine busy or stopping) is not kept: the next request tries again.
    charts.catch(() => cache.delete(engine));
    cache.set(engine, charts);
  }
  return charts;
}

export async function chartOfQuery(engine: QueryEngine, query: string): Promise<ChartView> {
  const form = await engine.inspect(query);
  if (form !== 'SELECT') throw new BadRequestError(`A chart needs a SELECT query; this is ${form}.`);
  const rows = await engine.select(query);
  return {
    id: 'your-query',
    title: 'Chart of your query',
    caption: `${rows.length} row${rows.length === 1 ? '' : 's'} of your query.`,
    query,
    result: chartModel(selectVariables(query, rows), rows),
  };
}
