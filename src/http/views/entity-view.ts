// The HTML page of an entity: names (English and Chinese), IRI, types, the links to its other
// representations, every statement, the source passages quoted, the acts that involve it, and
// the resources that point at it. Every value is escaped (html.ts); IRIs of the graph's base
// link to this server's own pages.
import type { ActView, EntityPage } from '../../domain/entity/entity-page.js';
import type { LinkView, StatementView, TermView } from '../../domain/entity/term-view.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';

/** The `format=` links offered on entity pages: [label, short name, media type]. */
export const ENTITY_FORMATS: readonly (readonly [string, string, string])[] = [
  ['Turtle', 'ttl', 'text/turtle'],
  ['N-Triples', 'nt', 'application/n-triples'],
  ['JSON-LD', 'jsonld', 'application/ld+json'],
  ['RDF/XML', 'rdf', 'application/rdf+xml'],
];

export function renderEntityPage(page: EntityPage): string {
  const path = page.href.split('#')[0]!;
  const body = html`
<h1>${page.nameEn ?? page.title}${page.nameZh ? html`<span class="zh" lang="zh-Hans">${page.nameZh}</span>` : ''}</h1>
<p class="iri">${page.iri}</p>
<p class="types">${page.types.map((type) => html`${link(type)} `)}</p>
<p class="formats muted">Also as: ${ENTITY_FORMATS.map(([label, short]) => html`<a href="${`${path}?format=${short}`}">${label}</a>`)}</p>
${page.passages.length > 0 ? html`<h2>Source</h2>${page.passages.map((p) => html`<blockquote>${p.exact} <a class="muted" href="${safeHref(p.href)}">[passage]</a></blockquote>`)}` : ''}
<h2>Statements</h2>
${statementTable(page.statements)}
${page.acts.length > 0 ? actsTable(page.acts) : ''}
${
  page.incoming.length > 0
    ? html`<h2>Referenced by</h2><ul>${page.incoming.map((i) => html`<li>${link(i.subject)} <span class="muted">(${i.predicate.label})</span></li>`)}</ul>`
    : ''
}`;
  return layout(
    {
      title: page.title,
      alternates: ENTITY_FORMATS.map(([, short, type]) => [type, `${path}?format=${short}`] as const),
    },
    body,
  );
}

function statementTable(statements: readonly StatementView[]): Html {
  if (statements.length === 0) return html`<p class="muted">No statements with this entity as subject.</p>`;
  return html`<table>${statements.map(
    (s) => html`<tr><th>${link(s.predicate)}</th><td>${
      s.objects.length === 1 ? term(s.objects[0]!) : html`<ul>${s.objects.map((o) => html`<li>${term(o)}</li>`)}</ul>`
    }</td></tr>`,
  )}</table>`;
}

function term(view: TermView): Html {
  switch (view.kind) {
    case 'iri':
      return link(view);
    case 'literal':
      return html`${view.value}${view.language ? html`<span class="lang">@${view.language}</span>` : ''}${
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
<table><tr><th>Date</th><th>Act</th><th>Type</th><th>Involvement</th></tr>
${acts.map(
  (act) => html`<tr><td>${act.date ?? ''}</td><td>${link(act)}${act.quotes.map((q) => html`<blockquote>${q}</blockquote>`)}</td><td>${act.actTypes.map(
    (t, i) => html`${i > 0 ? ', ' : ''}${link(t)}`,
  )}</td><td>${act.involvement.map((p, i) => html`${i > 0 ? ', ' : ''}${p.label}`)}</td></tr>`,
)}</table>`;
}

export function link(view: LinkView): Html {
  return html`<a href="${safeHref(view.href)}" title="${view.iri}">${view.label}</a>`;
}
