// The standing charts (domain/viz/charts/chart-queries.ts) computed through the query engine:
// each query runs once per process and its answer is reused (the graph is immutable while
// serving). `chartOfQuery` charts any SELECT a reader gives (run under the engine's limits;
// its errors are the SPARQL endpoint's: 400 malformed, 403 update, 503 timeout).
import type { QueryEngine } from '../../engine/query-engine.js';
import { SparqlJsonParser } from 'sparqljson-parse';
import { chartModel, type Row } from '../../domain/viz/charts/chart-model.js';
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

/**
 * The chart of a SELECT result the query page already has, as SPARQL 1.1 Query Results JSON
 * (§3: head.vars, results.bindings), parsed by sparqljson-parse. 400 for anything else.
 */
export function chartOfResults(body: unknown): ChartView {
  const json = body as { head?: { vars?: unknown }; results?: { bindings?: unknown } } | undefined;
  const vars = json?.head?.vars;
  if (!Array.isArray(vars) || !vars.every((v) => typeof v === 'string') || !Array.isArray(json?.results?.bindings)) {
    throw new BadRequestError('Send SPARQL results JSON ({"head":{"vars":[…]},"results":{"bindings":[…]}}) of a SELECT query.');
  }
  let rows: Row[];
  try {
    rows = new SparqlJsonParser().parseJsonResults(json as never).map((b) => new Map(Object.entries(b).map(([k, t]) => [k.replace(/^\?/, ''), t])));
  } catch (error) {
    throw new BadRequestError(`These SPARQL results cannot be read: ${(error as Error).message}`);
  }
  return {
    id: 'results-chart',
    title: 'Chart of these results',
    caption: `${rows.length} row${rows.length === 1 ? '' : 's'} of the query above.`,
    result: chartModel(vars as string[], rows),
  };
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
