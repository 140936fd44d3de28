// The HTML page of an entity: names (English and Chinese), IRI, types, the links to its other
// representations, every statement, the source passages quoted, the acts that involve it, and
// the resources that point at it. Every value is escaped (html.ts); IRIs of the graph's base
// link to this server's own pages.
import type { ActView, EntityPage } from '../../domain/entity/entity-page.js';
import type { LinkView, StatementView, TermView } from '../../domain/entity/term-view.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import type { EntitySlots } from './entity-slots.js';
import { localHref } from '../../domain/entity/entity-path.js';

/** The `format=` links offered on entity pages: [label, short name, media type]. */
export const ENTITY_FORMATS: readonly (readonly [string, string, string])[] = [
  ['Turtle', 'ttl', 'text/turtle'],
  ['N-Triples', 'nt', 'application/n-triples'],
  ['JSON-LD', 'jsonld', 'application/ld+json'],
  ['RDF/XML', 'rdf', 'application/rdf+xml'],
];

export function renderEntityPage(page: EntityPage, slots: EntitySlots = {}): string {
  const path = page.href.split('#')[0]!;
  const body = html`
<h1>${page.nameEn ?? page.title}${page.nameZh ? html`<span class="zh" lang="zh-Hans">${page.nameZh}</span>` : ''}</h1>
<p class="iri">${page.iri}</p>
<p class="types">${page.types.map((type) => html`${link(type)} `)}</p>
<p class="formats muted">Also as (shown as text): ${ENTITY_FORMATS.map(([label, short]) => html`<a href="${`${path}?format=${short}&view=text`}">${label}</a>`)}</p>
${page.context ? passageSection(page) : ''}
${!page.context && page.passages.length > 0 ? html`<h2>Source</h2>${page.passages.map((p) => html`<blockquote>${p.exact} <a href="${safeHref(p.href)}">[passage in context]</a></blockquote>`)}` : ''}
<h2>Statements</h2>
${statementTable(page.statements)}
${slots.timeline ? html`<section class="slot" id="entity-timeline">${slots.timeline}</section>` : ''}
${page.acts.length > 0 && !page.context ? actsTable(page.acts) : ''}
${slots.network ? html`<section class="slot" id="entity-network">${slots.network}</section>` : ''}
${slots.caseRecords ?? ''}
${
  page.incoming.length > 0
    ? html`<h2>Referenced by</h2><ul>${page.incoming.map((i) => html`<li>${link(i.subject)} <span class="muted">(${i.predicate.label})</span></li>`)}</ul>`
    : ''
}`;
  return layout(
    {
      title: page.title,
      alternates: ENTITY_FORMATS.map(([, short, type]) => [type, `${path}?format=${short}`] as const),
      ...(slots.scripts ? { scripts: slots.scripts } : {}),
      ...(slots.head ? { head: slots.head } : {}),
    },
    body,
  );
}

/** A passage inside its paragraph of the report, marked, and what cites it. */
function passageSection(page: EntityPage): Html {
  const context = page.context!;
  return html`<h2>In the report</h2>
<div class="paragraph"><p>${context.before}<mark>${context.exact}</mark>${context.after}</p></div>
<p class="muted">Code points ${context.start}–${context.end} of <a href="${safeHref(localHref(context.sourceText))}">the report's text</a> (plain text).</p>
${page.citedBy.length > 0 ? html`<h2>Cited by (${page.citedBy.length})</h2><ul>${page.citedBy.map((c) => html`<li>${link(c)}</li>`)}</ul>` : ''}`;
}

function statementTable(statements: readonly StatementView[]): Html {
  if (statements.length === 0) return html`<p class="muted">No statements with this entity as subject.</p>`;
  return html`<table class="props">${statements.map(
    (s) => html`<tr><th scope="row">${link(s.predicate)}</th><td>${
      s.objects.length === 1 ? term(s.objects[0]!) : html`<ul>${s.objects.map((o) => html`<li>${term(o)}</li>`)}</ul>`
    }</td></tr>`,
  )}</table>`;
}

function term(view: TermView): Html {
  switch (view.kind) {
    case 'iri':
      return link(view);
    case 'literal':
      return html`${view.language?.toLowerCase().startsWith('zh') ? html`<span lang="zh-Hans">${view.value}</span>` : view.value}${view.language ? html`<span class="lang">${view.language}</span>` : ''}${
        view.datatype ? html`<span class="dt">${view.datatype.label}</span>` : ''
      }`;
    case 'blank':
      return html`<div class="nested">${statementTable(view.statements)}</div>`;
    case 'nested':
      return html`<div class="nested" id="${view.anchor}"><a href="${safeHref(view.href)}">#${view.anchor}</a>${statementTable(view.statements)}</div>`;
  }
}

function actsTable(acts: readonly ActView[]): Html {
  return html`<h2>Acts (${acts.length})</h2>
<div class="table-wrap"><table><tr><th scope="col">Date</th><th scope="col">Act</th><th scope="col">Type</th><th scope="col">Involvement</th></tr>
${acts.map(
  (act) => html`<tr><td>${act.date ?? ''}</td><td>${link(act)}${act.quotes.map((q) => html`<blockquote>${q}</blockquote>`)}</td><td>${act.actTypes.map(
    (t, i) => html`${i > 0 ? ', ' : ''}${link(t)}`,
  )}</td><td>${act.involvement.map((p, i) => html`${i > 0 ? ', ' : ''}${p.label}`)}</td></tr>`,
)}</table></div>`;
}

export function link(view: LinkView): Html {
  return html`<a href="${safeHref(view.href)}" title="${view.iri}">${view.label}</a>`;
}
