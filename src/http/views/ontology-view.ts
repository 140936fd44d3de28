// The ontology's documentation page: every class and property of rep: with label, comment,
// super- and sub-terms, domain and range, each in a section anchored by its local name so
// that https://w3id.org/hrd-reprisals/ontology#Person lands on it. Values escaped (html.ts).
import type { OntologyDoc, TermDoc } from '../../domain/ontology/ontology-doc.js';
import type { LinkView } from '../../domain/entity/term-view.js';
import { link } from './entity-view.js';
import { html, type Html } from './html.js';
import { layout } from './layout.js';

export function renderOntologyPage(doc: OntologyDoc): string {
  const body = html`
<h1>${doc.title}</h1>
<p class="iri">${doc.iri}${doc.version ? html` · version ${doc.version}` : ''}</p>
<p>${doc.comment}</p>
<p class="formats muted">Also as: <a href="/ontology?format=ttl">Turtle</a><a href="/ontology?format=nt">N-Triples</a><a href="/ontology?format=jsonld">JSON-LD</a><a href="/ontology?format=rdf">RDF/XML</a></p>
<h2>Contents</h2>
<p><strong>Classes (${doc.classes.length}):</strong> ${doc.classes.map((t, i) => html`${i > 0 ? ' · ' : ''}<a href="#${t.anchor}">${t.anchor}</a>`)}</p>
<p><strong>Properties (${doc.properties.length}):</strong> ${doc.properties.map((t, i) => html`${i > 0 ? ' · ' : ''}<a href="#${t.anchor}">${t.anchor}</a>`)}</p>
<p><strong>Concept schemes:</strong> ${doc.schemes.map((s, i) => html`${i > 0 ? ' · ' : ''}${link(s)}`)}</p>
<h2>Classes</h2>
${doc.classes.map((t) => termSection(t, 'Super-classes', 'Sub-classes'))}
<h2>Properties</h2>
${doc.properties.map((t) => termSection(t, 'Super-properties', 'Sub-properties'))}`;
  return layout(
    { title: doc.title, alternates: [['text/turtle', '/ontology?format=ttl']] },
    body,
  );
}

function termSection(term: TermDoc, parentsLabel: string, childrenLabel: string): Html {
  return html`<section class="term" id="${term.anchor}">
<h3>${term.label} <code>${term.curie}</code></h3>
<p>${term.comment}</p>
<dl class="term">
${row('IRI', html`<span class="iri">${term.iri}</span>`)}
${term.kinds.length > 0 && !isClassOnly(term.kinds) ? row('Type', links(term.kinds)) : ''}
${term.parents.length > 0 ? row(parentsLabel, links(term.parents)) : ''}
${term.children.length > 0 ? row(childrenLabel, links(term.children)) : ''}
${term.domain.length > 0 ? row('Domain', links(term.domain)) : ''}
${term.range.length > 0 ? row('Range', links(term.range)) : ''}
</dl></section>`;
}

function row(label: string, value: Html): Html {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function links(views: readonly LinkView[]): Html {
  return html`${views.map((v, i) => html`${i > 0 ? ', ' : ''}${link(v)}`)}`;
}

function isClassOnly(kinds: readonly LinkView[]): boolean {
  return kinds.every((k) => k.iri === 'http://www.w3.org/2002/07/owl#Class');
}
