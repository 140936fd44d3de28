// The home page: the SPARQL editor (YASGUI, served from the npm package under /assets/yasgui/,
// no CDN) with the competency queries as example buttons (and as tabs on a first visit), and
// links to the API, the ontology documentation and the data. The examples travel as JSON in a
// non-executed <script type="application/json">, with "<" escaped so no value can close it.
import type { ExampleQuery } from '../home/example-queries.js';
import { html, raw } from './html.js';
import { layout } from './layout.js';
import { releaseHomeSection } from '../release/release-home.js';

export interface HomeLinks {
  readonly sparql: string;
}

const API_KINDS = [
  ['persons', 'Persons'],
  ['acts', 'Acts'],
  ['organisations', 'Organisations'],
  ['un-bodies', 'UN bodies'],
] as const;

export function renderHomePage(examples: readonly ExampleQuery[]): string {
  const data = JSON.stringify(examples.map(({ id, title, query }) => ({ id, title, query }))).replace(/</g, '\\u003c');
  const head = html`<link rel="stylesheet" href="/assets/yasgui/yasgui.min.css">
<style>.examples button{margin:.15rem .2rem .15rem 0;padding:.25rem .6rem;border:1px solid #b9c6d6;background:#f3f6fa;border-radius:3px;cursor:pointer;font-size:.9rem}
.examples button:hover{background:#e2eaf4}.cols{display:flex;gap:2rem;flex-wrap:wrap}.cols>div{flex:1 1 18rem}
#yasgui{margin-top:1rem}</style>`;
  const body = html`
<h1>State reprisals against human-rights defenders who cooperate with the UN</h1>
<p>An open linked-data graph of the reprisals the Network of Chinese Human Rights Defenders documented on 1 November 2018: who was targeted, how, by whom, when, for which engagement with the UN — every fact with the exact passage of the report.</p>
<div class="cols">
<div><h2>Browse the data</h2><ul>
<li><a href="/id/person/cao-shunli">Cao Shunli</a> — an example entity page (also as <a href="/id/person/cao-shunli?format=ttl">Turtle</a>)</li>
<li><a href="/vocab/act-type">Act types</a> · <a href="/vocab/charge">charges</a> · <a href="/vocab/role">roles</a> (SKOS schemes)</li>
<li><a href="/ontology">Ontology documentation</a> (classes and properties)</li>
</ul></div>
<div><h2>JSON-LD API</h2><ul>
${API_KINDS.map(([kind, label]) => html`<li><a href="/api/${kind}">${label}</a></li>`)}
<li><a href="/openapi.json">OpenAPI description</a> · <a href="/context.jsonld">@context</a></li>
</ul></div>
<div><h2>SPARQL</h2><ul>
<li>Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol; <a href="/sparql">service description</a>)</li>
<li>Examples below open as tabs of the editor.</li>
</ul></div>
${releaseHomeSection() /* downloads and the schema.org Dataset JSON-LD */}
</div>
<h2>Example queries (${examples.length})</h2>
<p class="examples" id="examples">${examples.map(
    (e) => html`<button type="button" data-example="${e.id}" title="${e.question ?? e.title}">${e.title}</button>`,
  )}</p>
<div id="yasgui"></div>
<script type="application/json" id="example-data">${raw(data)}</script>
<script src="/assets/yasgui/yasgui.min.js"></script>
<script src="/assets/home.js"></script>`;
  return layout({ title: 'SPARQL and data', head }, body);
}
