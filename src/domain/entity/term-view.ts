// How one RDF term is shown on a page: a link with a human label for IRIs (local IRIs rewritten
// to the service's own paths), the value with its language or datatype for literals, and the
// statements of a blank node nested in place (blank nodes have no page of their own).
import { DataFactory, type Quad, type Term } from 'n3';
import { PREFIXES } from '../../vocab.js';
import type { EntityGraph } from './entity-graph.js';
import { localHref } from './entity-path.js';
import { EXTERNAL_LABELS } from './term-labels.js';
import { NS, RDF_TYPE } from '../../vocab.js';

export interface LinkView {
  readonly iri: string;
  readonly href: string;
  /**
   * English label, else the label of a well-known external term (term-labels.ts), else for an
   * unlabelled resource of the data a description from its type and labelled neighbours, else a
   * compact name (prefix:local), else the IRI.
   */
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
  return {
    iri,
    href,
    label: graph.label(iri) ?? EXTERNAL_LABELS[iri] ?? (href.startsWith('/id/') ? describeUnlabelled(graph, iri) : undefined) ?? compactIri(iri) ?? iri,
  };
}

/**
 * A name for a resource of the data without a label (a relation, an affiliation, a passage):
 * its type's label and the labels of the resources it links, e.g. "personal relation: Chen
 * Jianfang, Cao Shunli (associate)". Undefined when nothing it links is labelled.
 */
function describeUnlabelled(graph: EntityGraph, iri: string): string | undefined {
  if (graph.isA(iri, NS.rep('SourcePassage'))) {
    const selector = graph.objects(iri, NS.oa('hasSelector')).find((s) => graph.value(s, NS.oa('exact')) !== undefined);
    const exact = selector ? graph.value(selector, NS.oa('exact')) : undefined;
    if (exact) return `passage “${exact.length > 70 ? `${exact.slice(0, 68).trimEnd()}…` : exact}”`;
  }
  const type = graph.types(iri).map((t) => graph.label(t)).find((l) => l !== undefined);
  const entities: string[] = [];
  const concepts: string[] = [];
  for (const quad of graph.outgoing(DataFactory.namedNode(iri))) {
    if (quad.predicate.value === RDF_TYPE || quad.object.termType !== 'NamedNode') continue;
    const label = graph.label(quad.object.value);
    if (!label) continue;
    (quad.object.value.includes('/vocab/') ? concepts : entities).push(label);
  }
  if (entities.length === 0 && concepts.length === 0) return undefined;
  const named = [...new Set(entities)].slice(0, 3).join(', ');
  const kinds = [...new Set(concepts)].slice(0, 2).join(', ');
  const text = named && kinds ? `${named} (${kinds})` : named || kinds;
  return type ? `${type}: ${text}` : text;
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
