// The home page: what the graph is, the ways into it (lists, search, views, API, downloads), and
// the SPARQL query page — YASGUI served from the npm package under /assets/yasgui/ (no CDN), one
// editor, the competency queries as example buttons that load AND run their query. Results are
// drawn by our own table (public/home.js): cells as text, entities linking to this server's pages.
// Progressive: #yasgui first holds a plain GET form to /sparql (the requested or first example in
// a labelled textarea, a result format, "show in the browser" = view=text), which works without
// JavaScript; public/home.js loads YASGUI (276 KB gzipped) only after the load event and builds
// the editor in place of the form, so the page's first render does not wait for it.
// The examples travel as JSON in a non-executed <script type="application/json">, with "<"
// escaped so no value can close it.
//
// Slots for other views: `charts` (server-rendered charts of the graph, above the query page) and
// the empty #query-chart container, which public/home.js fills through the `hrd:sparql-results`
// event (see docs/ui-developer-notes.md).
import type { ExampleQuery } from '../home/example-queries.js';
import { html, raw, type Html } from './html.js';
import { layout } from './layout.js';
import { releaseHomeSection } from '../release/release-home.js';
import type { ReleaseInfo } from '../../domain/export/release-info.js';

export interface HomeSlots {
  /** Charts of the whole graph, shown between the introduction and the query page. */
  readonly charts?: Html;
  /** Extra scripts of the page (e.g. the chart view of query results). */
  readonly scripts?: readonly string[];
  readonly head?: Html;
}

const LISTS = [
  ['/persons', 'Persons'],
  ['/acts', 'Acts of reprisal'],
  ['/organisations', 'Organisations'],
  ['/un', 'UN bodies'],
  ['/events', 'Events'],
  ['/documents', 'Documents'],
  ['/places', 'Places'],
] as const;

/**
 * Result formats of the plain form: `format=` names of the SPARQL endpoint (src/http/negotiate.ts)
 * that answer every query form (JSON and XML: results for SELECT/ASK, JSON-LD or RDF/XML for
 * CONSTRUCT/DESCRIBE) or SELECT only (CSV, TSV). JSON first: it fits any query.
 */
export const FORM_FORMATS = [
  ['json', 'JSON (SPARQL results; JSON-LD for CONSTRUCT and DESCRIBE)'],
  ['csv', 'CSV (SELECT only)'],
  ['tsv', 'TSV (SELECT only)'],
  ['xml', 'XML (SPARQL results; RDF/XML for CONSTRUCT and DESCRIBE)'],
] as const;

/** `selected`: the id of the example the page opens with (?example=); the first one otherwise. */
export function renderHomePage(examples: readonly ExampleQuery[], release: ReleaseInfo, slots: HomeSlots = {}, selected?: string): string {
  const current = examples.find((e) => e.id === selected) ?? examples[0];
  const data = JSON.stringify(examples.map(({ id, title, query }) => ({ id, title, query }))).replace(/</g, '\\u003c');
  // yasgui.min.css is added by home.js with the editor (not render-blocking).
  const head = html`<link rel="stylesheet" href="/assets/home.css">
${slots.head}`;
  const body = html`
<h1>State reprisals against human-rights defenders who cooperate with the UN</h1>
<p>An open linked-data graph of the reprisals the Network of Chinese Human Rights Defenders documented on 1 November 2018: who was targeted, how, by whom, when, for which engagement with the UN — every fact with the exact passage of the report.</p>
<div class="cols">
<div><h2>Browse</h2><ul>
${LISTS.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}
<li>Views: <a href="/timeline">timeline</a> · <a href="/network">network</a> · <a href="/map">map</a></li>
<li>Vocabularies: <a href="/vocab/act-type">act types</a> · <a href="/vocab/charge">charges</a> · <a href="/vocab/role">roles</a>; <a href="/ontology">ontology</a></li>
</ul></div>
<div><h2>For programs</h2><ul>
<li>SPARQL endpoint <code>/sparql</code> (SPARQL 1.1 Protocol; <a href="/sparql?view=text">service description</a>, shown as text)</li>
<li>JSON-LD API: <a href="/api/persons">persons</a> · <a href="/api/acts">acts</a> · <a href="/api/organisations">organisations</a> · <a href="/api/un-bodies">UN bodies</a></li>
<li><a href="/openapi.json">OpenAPI description</a> · <a href="/context.jsonld">@context</a> · <a href="/reconcile">reconciliation service</a> (OpenRefine)</li>
</ul></div>
${releaseHomeSection(release) /* downloads and the schema.org Dataset JSON-LD */}
</div>
${slots.charts ?? ''}
<section id="query" aria-labelledby="query-title">
<h2 id="query-title">Query the graph with SPARQL</h2>
<p>Pick an example to load and run it, or write your own query and press <kbd>Ctrl</kbd>+<kbd>Enter</kbd>. In the editor, <kbd>Tab</kbd> moves on to the next control. The editor loads after the page; until then, and without JavaScript, the form below sends the query to the endpoint.</p>
<h3 id="examples-title">Example queries (${examples.length})</h3>
<ul class="examples" id="examples" aria-labelledby="examples-title">${examples.map(
    (e) => html`<li><a class="example" href="/?example=${e.id}&amp;run" data-example="${e.id}" title="${e.question ?? e.title}">${e.title}</a></li>`,
  )}</ul>
<div id="yasgui">${queryForm(current)}</div>
<div id="query-chart" class="slot" aria-live="polite"></div>
</section>
<script type="application/json" id="example-data">${raw(data)}</script>`;
  return layout(
    { title: 'SPARQL and data', section: '/', head, scripts: ['/assets/home.js', ...(slots.scripts ?? [])] },
    body,
  );
}

/**
 * The query form without JavaScript: GET /sparql?query=…&format=…[&view=text]. The endpoint's
 * own answer is shown (view=text labels it text/plain so the browser displays it rather than
 * saving it); nothing here is a second query path.
 */
function queryForm(example: ExampleQuery | undefined): Html {
  const query = example?.query ?? 'SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10\n';
  const rows = Math.min(24, Math.max(8, query.split('\n').length + 1));
  // The newline after <textarea> is dropped by the HTML parser (§13.2.6.4.7), so a query that
  // starts with one keeps it.
  return html`<form class="query-form" id="query-form" action="/sparql" method="get">
<label for="query-text">SPARQL query${example ? html` <span class="muted">(example: ${example.title})</span>` : ''}</label>
<textarea id="query-text" name="query" rows="${rows}" spellcheck="false" autocapitalize="off" autocomplete="off">
${query}</textarea>
<div class="query-form-controls">
<label for="query-format">Results as</label>
<select id="query-format" name="format">${FORM_FORMATS.map(([value, label]) => html`<option value="${value}">${label}</option>`)}</select>
<label class="check"><input type="checkbox" name="view" value="text" checked> Show in the browser (untick to download the file)</label>
<button type="submit">Run query</button>
</div>
</form>`;
}
