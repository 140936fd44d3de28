// The projected variables of a SELECT query, in the order the query lists them (sparqljs parse;
// `SELECT *` gives the variables of the first row). Needed because engine.select returns rows as
// maps, and a chart's columns follow the query.
import sparqljs from 'sparqljs';
import type { Row } from './chart-model.js';

export function selectVariables(query: string, rows: readonly Row[]): string[] {
  const parsed = new sparqljs.Parser().parse(query);
  if (parsed.type !== 'query' || parsed.queryType !== 'SELECT') return [];
  const variables = parsed.variables as readonly unknown[];
  if (variables.length === 1 && (variables[0] as { termType?: string }).termType === 'Wildcard') {
    return [...new Set(rows.flatMap((row) => [...row.keys()]))];
  }
  return variables.map((v) => {
    const term = (v as { variable?: { value: string } }).variable ?? (v as { value: string });
    return term.value;
  });
}
