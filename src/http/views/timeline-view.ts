// The timeline: /timeline (every act, with the filters) and `timelineSection`, the same drawing
// for one person's acts on their entity page. Server-rendered: each act is an HTML row (its
// label linking to the act's page, the date as printed, the quoted passage linking to the
// passage page) beside an SVG strip on a shared year axis, so it reads without JavaScript and
// at 390 px (the rows stack). How a bar shows the report's precision:
//   day / month    solid bar with an outline over the exact range (a day at least 4 ‰ wide)
//   season / year  fuzzy band (edges fade): the act lies somewhere inside it
//   unknown        fuzzy band over the bounds the report's context gives
//   start not given  the band fades in over the year before its end
//   ongoing        runs to the report's date (1 Nov 2018) and ends in an arrow, "ongoing" in text
import type { ActFamily } from '../../domain/viz/act-families.js';
import type { TimelineModel, TimelineRow } from '../../domain/viz/timeline/timeline-model.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import { familyFill, familyLegend, VIZ_HEAD, VIZ_SCRIPTS, vizDefs } from './viz-parts.js';

const WIDTH = 1000;
const DAY_MS = 86_400_000;
const MIN_WIDTH = 4;

const PRECISION_TEXT: Readonly<Record<TimelineRow['precision'], string>> = {
  day: 'to the day',
  month: 'to the month',
  season: 'to the season (fuzzy band)',
  year: 'to the year (fuzzy band)',
  unknown: 'no date of its own (band from context)',
};

export interface TimelineSectionOptions {
  readonly heading?: string;
  /** id of the section, for in-page links. */
  readonly id?: string;
  /** Include the pattern definitions (once per page). */
  readonly defs?: boolean;
}

export function timelineSection(model: TimelineModel, families: readonly ActFamily[], options: TimelineSectionOptions = {}): Html {
  const scale = axisScale(model.axis);
  const years = yearTicks(model.axis);
  const count = model.rows.length + model.undated.length;
  return html`<section class="viz-timeline" id="${options.id ?? 'timeline'}" aria-label="${options.heading ?? 'Timeline'}">
${options.defs === false ? '' : vizDefs()}
${options.heading ? html`<h2>${options.heading}</h2>` : ''}
<p class="muted">${count} act${count === 1 ? '' : 's'}${model.undated.length ? html` (${model.undated.length} undated, listed last)` : ''}. Bars with outlines are dated to the day or month; faded bands are dated only to a season, a year or by context; an arrow means ongoing at the report's date, 1 November 2018.</p>
${familyLegend(families.filter((f) => [...model.rows, ...model.undated].some((row) => row.families.includes(f.slug))))}
<div class="tl-axis" aria-hidden="true"><span></span><div>${years.map(
    (year) => html`<span style="left:${pct(scale(`${year}-01-01`))}%">${year}</span>`,
  )}</div></div>
<ol class="tl-rows">${model.rows.map((row) => rowHtml(row, scale, years))}${model.undated.map((row) => rowHtml(row, scale, years))}</ol>
</section>`;
}

/** The /timeline page: filters, then the section. */
export function renderTimelinePage(model: TimelineModel, families: readonly ActFamily[], form: Html): string {
  const body = html`<h1>Timeline of reprisals</h1>
<p>Every act of the report drawn over its date range, coloured and patterned by act-type family. Click an act for its page, a quotation for its passage in the report.</p>
${form}
${timelineSection(model, families)}`;
  return layout({ title: 'Timeline', section: '/timeline', head: VIZ_HEAD, scripts: VIZ_SCRIPTS }, body);
}

function rowHtml(row: TimelineRow, scale: (date: string) => number, years: readonly number[]): Html {
  const when = row.dateAsPrinted ?? (row.start ? `${row.start} – ${row.end}` : row.end ? `until ${row.end}` : 'undated');
  const precision = row.end ? PRECISION_TEXT[row.precision] : 'the report gives no date';
  return html`<li class="tl-row${row.end ? '' : ' tl-undated'}" data-families="${row.families.join(' ')}" data-start="${row.start ?? ''}">
<div class="tl-text"><a class="tl-act" href="${safeHref(row.path)}">${row.label}</a>
<span class="tl-when">${when} · ${precision}${row.ongoing ? html` · <strong>ongoing</strong>` : ''}${row.start || !row.end ? '' : ' · start not given'}</span>
<span class="tl-types">${row.types.join(', ')}${row.victims.length ? html` — victim: ${join(row.victims)}` : ''}${row.perpetrators.length ? html`; by ${join(row.perpetrators)}` : ''}</span>
${row.passage ? html`<a class="tl-quote" href="${safeHref(row.passage.path)}">“${clip(row.passage.exact, 160)}”</a>` : ''}</div>
${bar(row, scale, years)}
</li>`;
}

function bar(row: TimelineRow, scale: (date: string) => number, years: readonly number[]): Html {
  const grid = years.map((year) => html`<line x1="${scale(`${year}-01-01`)}" x2="${scale(`${year}-01-01`)}" y1="0" y2="20" class="tl-grid"/>`);
  if (!row.end) return html`<svg class="tl-bar" viewBox="0 0 ${WIDTH} 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">${grid}</svg>`;
  const endX = scale(addDays(row.end, 1));
  const startX = row.start ? scale(row.start) : scale(addDays(row.end, -365));
  const x = Math.min(startX, endX - MIN_WIDTH);
  const width = Math.max(MIN_WIDTH, endX - startX);
  const mask = !row.start ? 'url(#viz-fade-left)' : row.fuzzy ? 'url(#viz-fade-both)' : undefined;
  const outline = !row.fuzzy && row.start ? html` stroke="#1d2329" stroke-width="1" vector-effect="non-scaling-stroke"` : '';
  return html`<svg class="tl-bar" viewBox="0 0 ${WIDTH} 20" preserveAspectRatio="none" role="img" aria-label="${row.label}: ${row.dateAsPrinted ?? `${row.start ?? '…'} to ${row.end}`}">${grid}
<rect x="${round(x)}" y="3" width="${round(width)}" height="14" fill="${familyFill(row.families[0])}"${mask ? html` mask="${mask}"` : ''}${outline}/>
${row.ongoing ? html`<line x1="${round(x + width)}" x2="${WIDTH}" y1="10" y2="10" stroke="#1d2329" stroke-width="2" vector-effect="non-scaling-stroke" marker-end="url(#viz-arrow)"/>` : ''}</svg>`;
}

function axisScale([first, last]: readonly [string, string]): (date: string) => number {
  const t0 = Date.parse(first);
  const span = Date.parse(addDays(last, 60)) - t0;
  return (date) => ((Date.parse(date) - t0) / span) * WIDTH;
}

function yearTicks([first, last]: readonly [string, string]): number[] {
  const years: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) years.push(y);
  return years;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

function join(items: readonly { readonly path: string; readonly label: string }[]): Html {
  return html`${items.map((item, i) => html`${i ? ', ' : ''}<a href="${safeHref(item.path)}">${item.label}</a>`)}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const round = (n: number) => Math.round(n * 10) / 10;
const pct = (x: number) => round((x / WIDTH) * 100);
