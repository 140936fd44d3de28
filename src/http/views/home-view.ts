// The home page: what the graph is, the ways into it (lists, search, views, API, downloads), and
// the SPARQL query page — YASGUI served from the npm package under /assets/yasgui/ (no CDN), one
// editor, the competency queries as example buttons that load AND run their query. Results are
// drawn by our own table (public/home.js): cells as text, entities linking to this server's pages.
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

export function renderHomePage(examples: readonly ExampleQuery[], slots: HomeSlots = {}): string {
  const data = JSON.stringify(examples.map(({ id, title, query }) => ({ id, title, query }))).replace(/</g, '\\u003c');
  const head = html`<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">
<link rel="stylesheet" href="/assets/home.css">
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
${releaseHomeSection() /* downloads and the schema.org Dataset JSON-LD */}
</div>
${slots.charts ?? ''}
<section id="query" aria-labelledby="query-title">
<h2 id="query-title">Query the graph with SPARQL</h2>
<p>Pick an example to load and run it, or write your own query and press <kbd>Ctrl</kbd>+<kbd>Enter</kbd>. In the editor, <kbd>Tab</kbd> moves on to the next control.</p>
<h3 id="examples-title">Example queries (${examples.length})</h3>
<ul class="examples" id="examples" aria-labelledby="examples-title">${examples.map(
    (e) => html`<li><a class="example" href="/?example=${e.id}&amp;run" data-example="${e.id}" title="${e.question ?? e.title}">${e.title}</a></li>`,
  )}</ul>
<div id="yasgui"></div>
<noscript><p>The query editor needs JavaScript. Without it, send queries to <code>/sparql?query=…</code>, or use the lists above.</p></noscript>
<div id="query-chart" class="slot" aria-live="polite"></div>
</section>
<script type="application/json" id="example-data">${raw(data)}</script>`;
  return layout(
    { title: 'SPARQL and data', section: '/', head, scripts: ['/assets/yasgui/yasgui.min.js', '/assets/home.js', ...(slots.scripts ?? [])] },
    body,
  );
}
