// A browsable list as HTML: title, what the list holds, how many items the filters keep, the
// filter form (act filters only where they apply), downloads of the same rows as CSV and JSON,
// and a table whose column headers are sort links (aria-sort on the sorted one). Works without
// JavaScript; /assets/browse.js only applies a filter as soon as a choice changes.
import type { BrowseList } from '../../domain/browse/browse-list.js';
import type { FilterOptions } from '../../domain/viz/filter-options.js';
import type { VizFilter } from '../../domain/viz/act-filter.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import { filterForm } from './viz-parts.js';

export interface BrowsePageInput {
  readonly list: BrowseList;
  readonly path: string;
  /** The request's filter parameters (non-empty values only), kept in sort and download links. */
  readonly params: Readonly<Record<string, string>>;
  readonly options?: FilterOptions;
  readonly filter?: VizFilter;
}

export function renderBrowsePage(input: BrowsePageInput): string {
  const { list, path, params } = input;
  const { spec } = list;
  const link = (extra: Record<string, string>) => `${path}?${new URLSearchParams({ ...params, ...extra }).toString()}`;
  const filtered = Object.keys(input.filter?.given ?? {}).length > 0;
  const body = html`
<h1>${spec.title}</h1>
<p>${spec.lead}</p>
${spec.actFilters && input.options ? filterForm(path, input.options, input.filter) : ''}
<p class="summary" role="status">${filtered ? html`<strong>${list.rows.length}</strong> of ${list.total} ${spec.kind === 'acts' ? 'acts match the filters' : html`${spec.title.toLowerCase()} have acts matching the filters`}.` : html`<strong>${list.rows.length}</strong> ${spec.title.toLowerCase()}.`}
Sorted by ${spec.columns.find((c) => c.key === list.sort)?.label.toLowerCase()}${list.descending ? ' (descending)' : ''}.</p>
<p class="formats">This list as <a class="download" href="${link({ sort: list.sort, ...(list.descending ? { dir: 'desc' } : {}), format: 'csv' })}" download>CSV (download)</a>
<a href="${link({ sort: list.sort, ...(list.descending ? { dir: 'desc' } : {}), format: 'json' })}">JSON</a> · for programs: <a href="${`/api/lists/${spec.kind}?${new URLSearchParams({ ...params, sort: list.sort, ...(list.descending ? { dir: 'desc' } : {}) }).toString()}`}"><code>/api/lists/${spec.kind}</code></a> (JSON or CSV)${spec.api ? html` · full records in the <a href="${spec.api}">JSON-LD API</a>` : ''}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${spec.title}: the list">
<table class="browse">
<caption class="vh">${spec.title}, sortable by each column</caption>
<thead><tr>${spec.columns.map((c) => {
    const sorted = c.key === list.sort;
    const nextDescending = sorted ? !list.descending : Boolean(c.numeric);
    const aria = sorted ? html` aria-sort="${list.descending ? 'descending' : 'ascending'}"` : '';
    return html`<th scope="col"${aria}${c.numeric ? html` class="count"` : ''}><a class="sort" href="${link({ sort: c.key, ...(nextDescending ? { dir: 'desc' } : {}) })}">${c.label}</a></th>`;
  })}</tr></thead>
<tbody>${list.rows.map(
    (row) => html`<tr>${spec.columns.map((c) => {
      const cell = row.cells[c.key];
      return html`<td${c.numeric ? html` class="count"` : ''}>${cell ? cellContent(cell) : ''}</td>`;
    })}</tr>`,
  )}</tbody>
</table></div>
${list.rows.length === 0 ? html`<p>No ${spec.title.toLowerCase()} match these filters. <a href="${path}">Clear the filters</a>.</p>` : ''}`;
  return layout({ title: spec.title, section: path, scripts: ['/assets/browse.js'] }, body);
}

function cellContent(cell: BrowseList['rows'][number]['cells'][string]): Html {
  if (cell.links && cell.links.length > 0) {
    return html`${cell.links.map((l, i) => html`${i > 0 ? ', ' : ''}<a href="${safeHref(l.href)}">${l.label}</a>`)}`;
  }
  if (cell.lang) return html`<span lang="${cell.lang}">${cell.text}</span>`;
  return html`${cell.text}`;
}
