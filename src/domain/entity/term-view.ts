// How one RDF term is shown on a page: a link with a human label for IRIs (local IRIs rewritten
// to the service's own paths), the value with its language or datatype for literals, and the
// statements of a blank node nested in place (blank nodes have no page of their own).
import type { Quad, Term } from 'n3';
import { PREFIXES } from '../../vocab.js';
import type { EntityGraph } from './entity-graph.js';
import { localHref } from './entity-path.js';

export interface LinkView {
  readonly iri: string;
  readonly href: string;
  /** English label, else a compact name (prefix:local), else the path below the base, else the IRI. */
  readonly label: string;
}

export type TermView =
  | ({ readonly kind: 'iri' } & LinkView)
  | { readonly kind: 'literal'; readonly value: string; readonly language?: string; readonly datatype?: LinkView }
  | { readonly kind: 'blank'; readonly statements: readonly StatementView[] }
  /** A hash IRI of the page's own document (`{iri}#quote`): linked and shown in place. */
  | ({ readonly kind: 'nested'; readonly anchor: string; readonly statements: readonly StatementView[] } & LinkView);

export interface StatementView {
  readonly predicate: LinkView;
  readonly objects: readonly TermView[];
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** `prefix:local` for an IRI in one of the project's namespaces, else undefined. */
export function compactIri(iri: string): string | undefined {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  if (!best) return undefined;
  const local = iri.slice(best[1].length);
  return /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(local) || local === '' ? `${best[0]}:${local}` : undefined;
}

export function linkView(graph: EntityGraph, iri: string): LinkView {
  const href = localHref(iri);
  return { iri, href, label: graph.label(iri) ?? compactIri(iri) ?? (href.startsWith('/id/') ? href.slice(4) : iri) };
}

/**
 * Groups quads of one subject by predicate (sorted by predicate label) into statement views;
 * objects that are blank nodes or hash IRIs of `root` are nested with their own statements.
 */
export function statementViews(graph: EntityGraph, quads: readonly Quad[], root?: string, depth = 0): StatementView[] {
  const byPredicate = new Map<string, Term[]>();
  for (const quad of quads) {
    const list = byPredicate.get(quad.predicate.value) ?? [];
    list.push(quad.object);
    byPredicate.set(quad.predicate.value, list);
  }
  return [...byPredicate.entries()]
    .map(([predicate, objects]) => ({
      predicate: linkView(graph, predicate),
      objects: objects.map((object) => termView(graph, object, root, depth)).sort(compareTerms),
    }))
    .sort((a, b) => a.predicate.label.localeCompare(b.predicate.label));
}

export function termView(graph: EntityGraph, term: Term, root?: string, depth = 0): TermView {
  // Nested parts of the data are shallow (selectors); the depth guard only stops cycles.
  const nested = () => (depth < 8 ? statementViews(graph, graph.outgoing(term), root, depth + 1) : []);
  if (term.termType === 'NamedNode') {
    if (root !== undefined && term.value.startsWith(`${root}#`)) {
      return { kind: 'nested', anchor: term.value.slice(root.length + 1), statements: nested(), ...linkView(graph, term.value) };
    }
    return { kind: 'iri', ...linkView(graph, term.value) };
  }
  if (term.termType === 'BlankNode') return { kind: 'blank', statements: nested() };
  if (term.termType === 'Literal') {
    const datatype = term.datatype.value;
    const plain = datatype === XSD_STRING || datatype === RDF_LANG_STRING;
    return {
      kind: 'literal',
      value: term.value,
      ...(term.language ? { language: term.language } : {}),
      ...(plain ? {} : { datatype: linkView(graph, datatype) }),
    };
  }
  return { kind: 'literal', value: term.value };
}

function compareTerms(a: TermView, b: TermView): number {
  return sortKey(a).localeCompare(sortKey(b));
}

function sortKey(term: TermView): string {
  if (term.kind === 'iri') return `1${term.label}`;
  if (term.kind === 'literal') return `0${term.language ?? ''}${term.value}`;
  if (term.kind === 'nested') return `2${term.anchor}`;
  return '2';
}
