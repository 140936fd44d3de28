// A chart of a SPARQL SELECT result, when the result is an aggregate: one numeric column and one
// or two category columns (an IRI column beside a label column links the label to the IRI's
// page). Shape: one category → one bar per row; two categories → bars of the first stacked by
// the second. Otherwise the result is not chartable and `chartModel` says why. The table of the
// chart is the result itself, row for row, in the query's order.
// Pure: rows in, plain data out; linear in the rows.
import type { Term } from '@rdfjs/types';
import { localPath } from '../viz-paths.js';

export type Row = ReadonlyMap<string, Term>;

export interface ChartCell {
  readonly text: string;
  /** This server's page of the IRI the cell stands for. */
  readonly href?: string;
}

export interface ChartBar {
  readonly category: ChartCell;
  /** Segments in series order; one segment when there is no series column. */
  readonly segments: readonly { readonly series?: string; readonly value: number }[];
  readonly total: number;
}

export interface ChartModel {
  /** Shown columns, in order: categories, then the number. */
  readonly columns: readonly string[];
  readonly table: readonly (readonly ChartCell[])[];
  readonly bars: readonly ChartBar[];
  /** Distinct series in first-seen order (empty without a series column). */
  readonly series: readonly string[];
  readonly valueColumn: string;
}

export type ChartResult = { readonly chart: ChartModel } | { readonly notChartable: string };

const NUMERIC = /#(integer|decimal|double|float|long|int|short|nonNegativeInteger|positiveInteger|unsignedInt)$/;

export function chartModel(variables: readonly string[], rows: readonly Row[]): ChartResult {
  if (rows.length === 0) return { notChartable: 'The query returned no rows.' };
  const numeric = variables.filter((v) => rows.every((row) => isNumber(row.get(v))));
  if (numeric.length !== 1) {
    return { notChartable: `A chart needs exactly one numeric column (a COUNT or SUM); this result has ${numeric.length}.` };
  }
  const valueColumn = numeric[0]!;
  const others = variables.filter((v) => v !== valueColumn);
  // An IRI column directly followed by a literal column: the literal names the IRI.
  const linkFor = new Map<string, string>();
  for (let i = 0; i + 1 < others.length; i++) {
    const [a, b] = [others[i]!, others[i + 1]!];
    if (rows.every((r) => r.get(a)?.termType === 'NamedNode') && rows.every((r) => r.get(b)?.termType !== 'NamedNode')) linkFor.set(b, a);
  }
  const categories = others.filter((v) => ![...linkFor.values()].includes(v));
  if (categories.length < 1 || categories.length > 2) {
    return { notChartable: `A chart needs one or two category columns besides the number; this result has ${categories.length}.` };
  }
  const cell = (row: Row, v: string): ChartCell => {
    const term = row.get(v);
    const link = linkFor.get(v) ?? (term?.termType === 'NamedNode' ? v : undefined);
    const target = link ? row.get(link) : undefined;
    return { text: term ? text(term) : '', ...(target ? { href: localPath(target.value) } : {}) };
  };
  const table = rows.map((row) => [...categories.map((v) => cell(row, v)), { text: text(row.get(valueColumn)!) }]);
  const [first, second] = categories as [string, string | undefined];
  const bars = new Map<string, { category: ChartCell; segments: { series?: string; value: number }[] }>();
  const series: string[] = [];
  for (const row of rows) {
    const category = cell(row, first);
    const value = Number(row.get(valueColumn)!.value);
    const name = second ? cell(row, second).text : undefined;
    if (name !== undefined && !series.includes(name)) series.push(name);
    const bar = bars.get(category.text) ?? { category, segments: [] };
    bar.segments.push({ ...(name !== undefined ? { series: name } : {}), value });
    bars.set(category.text, bar);
  }
  return {
    chart: {
      columns: [...categories, valueColumn],
      table,
      bars: [...bars.values()].map((b) => ({ ...b, total: b.segments.reduce((sum, s) => sum + s.value, 0) })),
      series,
      valueColumn,
    },
  };
}

function isNumber(term: Term | undefined): boolean {
  return term?.termType === 'Literal' && NUMERIC.test(term.datatype.value) && Number.isFinite(Number(term.value));
}

/** A term as a reader sees it: a literal's lexical form, an IRI's local path. */
function text(term: Term): string {
  return term.termType === 'NamedNode' ? localPath(term.value) : term.value;
}
