// Charts of aggregate SPARQL results, each with its table beside it (the table is the result,
// row for row: quotable and readable by screen readers; the SVG is role="img" named by the
// caption; its bars are not links, the table's cells are) and the query itself under a disclosure with a link that runs it at /sparql.
// `chartFigure` is one chart; `renderChartsPage` is /charts (the standing charts, or the chart of
// ?query=); `chartsSection` is the block for the home page.
import type { ChartModel, ChartResult } from '../../domain/viz/charts/chart-model.js';
import type { ActFamily } from '../../domain/viz/act-families.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import { familyColour, familyFill, VIZ_HEAD, VIZ_SCRIPTS, vizDefs } from './viz-parts.js';

export interface ChartView {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  /** The SPARQL that computed the result (absent for results posted by the query page). */
  readonly query?: string;
  readonly result: ChartResult;
}

const WIDTH = 520;
const LABEL = 200;
const ROW = 20;
/**
 * Series colours when the series are not act-type families (ten distinct hues; past ten they
 * repeat, and the table beside the chart, the legend's order and each bar's tooltip tell them apart).
 */
const SERIES_COLOURS = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#b07800', '#e7298a', '#5b6670', '#8c564b', '#17becf', '#66a61e'];

export function chartFigure(view: ChartView, families: readonly ActFamily[]): Html {
  const query = view.query
    ? html`<details><summary>SPARQL of this chart</summary><pre><code>${view.query}</code></pre>
<a href="/sparql?query=${encodeURIComponent(view.query)}&amp;format=csv">Run it (CSV)</a> · <a href="/?query=${encodeURIComponent(view.query)}">open in the query editor</a></details>`
    : '';
  if ('notChartable' in view.result) {
    return html`<section class="chart-block" id="${view.id}"><h2>${view.title}</h2><p>${view.result.notChartable}</p>${query}</section>`;
  }
  const chart = view.result.chart;
  const captionId = `${view.id}-caption`;
  return html`<section class="chart-block" id="${view.id}"><h2>${view.title}</h2>
<div class="chart">
<figure>${svg(chart, families, captionId)}<figcaption id="${captionId}">${view.caption}</figcaption>${legend(chart, families)}</figure>
<div class="chart-table table-wrap" tabindex="0" role="region" aria-label="${view.title}: table">${table(chart, view.title)}</div>
</div>${query}</section>`;
}

export function chartsSection(views: readonly ChartView[], families: readonly ActFamily[]): Html {
  return html`<section class="viz-charts" aria-label="Charts">${vizDefs()}${views.map((v) => chartFigure(v, families))}</section>`;
}

/** One chart as an HTML fragment (with the pattern definitions), for the query page's chart view. */
export function chartFragment(view: ChartView, families: readonly ActFamily[]): string {
  return html`<div class="viz-charts">${vizDefs()}${chartFigure(view, families)}</div>`.value;
}

export function renderChartsPage(views: readonly ChartView[], families: readonly ActFamily[], query?: string): string {
  const form = html`<form class="viz-filters" action="/charts" method="get"><label>SPARQL SELECT with one number column (COUNT …) and one or two category columns
<textarea name="query" rows="6" cols="60">${query ?? ''}</textarea></label><p class="viz-filter-actions"><button type="submit">Chart it</button></p></form>`;
  const body = html`<h1>Charts</h1>
<p>Counts from the graph, each computed by the SPARQL query shown with it; the table beside each chart is that query's answer.</p>
${chartsSection(views, families)}
<h2>Chart your own query</h2>${form}`;
  return layout({ title: 'Charts', section: '/charts', head: VIZ_HEAD, scripts: VIZ_SCRIPTS }, body);
}

function svg(chart: ChartModel, families: readonly ActFamily[], captionId: string): Html {
  const max = Math.max(1, ...chart.bars.map((b) => b.total));
  const scale = (v: number) => (v / max) * (WIDTH - LABEL - 40);
  const height = chart.bars.length * ROW + 10;
  return html`<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${captionId}">${chart.bars.map((bar, i) => {
    const y = 5 + i * ROW;
    let x = LABEL;
    const segments = bar.segments.map((segment) => {
      const w = scale(segment.value);
      const rect = html`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${fill(chart, segment.series, families)}" stroke="#fff" stroke-width=".8"><title>${bar.category.text}${segment.series ? ` · ${segment.series}` : ''}: ${segment.value}</title></rect>`;
      x += w;
      return rect;
    });
    const label = clip(bar.category.text, 32);
    return html`<g><text x="${LABEL - 6}" y="${y + ROW / 2 + 4}" text-anchor="end">${label}</text>${segments}<text x="${(x + 4).toFixed(1)}" y="${y + ROW / 2 + 4}">${bar.total}</text></g>`;
  })}</svg>`;
}

function fill(chart: ChartModel, series: string | undefined, families: readonly ActFamily[]): string {
  if (series === undefined) return '#3a6ea5';
  const family = families.find((f) => f.label === series);
  if (family) return familyFill(family.slug);
  return SERIES_COLOURS[chart.series.indexOf(series) % SERIES_COLOURS.length]!;
}

function legend(chart: ChartModel, families: readonly ActFamily[]): Html {
  if (chart.series.length === 0) return html``;
  return html`<ul class="viz-legend">${chart.series.map((s) => {
    const family = families.find((f) => f.label === s);
    const colour = family ? familyFill(family.slug) : fill(chart, s, families);
    return html`<li><svg class="viz-swatch" viewBox="0 0 12 12" aria-hidden="true"><rect width="12" height="12" fill="${colour}" stroke="${family ? familyColour(family.slug) : '#1d2329'}"/></svg> ${s}</li>`;
  })}</ul>`;
}

function table(chart: ChartModel, title: string): Html {
  const last = chart.columns.length - 1;
  return html`<table class="chart-data"><caption class="vh">${title}: data</caption><thead><tr>${chart.columns.map(
    (c, i) => html`<th scope="col"${i === last ? html` class="num"` : ''}>${c}</th>`,
  )}</tr></thead><tbody>${chart.table.map(
    (row) => html`<tr>${row.map((cell, i) => html`<td${i === last ? html` class="num"` : ''}>${cell.href ? html`<a href="${safeHref(cell.href)}">${cell.text}</a>` : cell.text}</td>`)}</tr>`,
  )}</tbody></table>`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
