// Documentation of the ontology (https://w3id.org/hrd-reprisals/ontology) read from the graph:
// every OWL class and property of the rep: namespace with its label, comment, super-classes or
// super-properties, domain and range, and the SKOS concept schemes. The same triples, as a
// description, are what /ontology serves as Turtle.
import { DataFactory, type Quad } from 'n3';
import { BASE_IRI } from '../../config.js';
import { NS, RDF_TYPE } from '../../vocab.js';
import { boundedDescription } from '../entity/describe-entity.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { compactIri, linkView, type LinkView } from '../entity/term-view.js';

const { namedNode } = DataFactory;

export const ONTOLOGY_IRI = `${BASE_IRI}ontology`;

export interface TermDoc {
  readonly iri: string;
  /** The fragment (local name) used as the HTML anchor, e.g. "Person". */
  readonly anchor: string;
  readonly curie: string;
  readonly label: string;
  readonly comment: string;
  /** owl:ObjectProperty, owl:DatatypeProperty, owl:SymmetricProperty... (for properties). */
  readonly kinds: readonly LinkView[];
  readonly parents: readonly LinkView[];
  readonly children: readonly LinkView[];
  readonly domain: readonly LinkView[];
  readonly range: readonly LinkView[];
}

export interface OntologyDoc {
  readonly iri: string;
  readonly title: string;
  readonly comment: string;
  readonly version?: string;
  readonly classes: readonly TermDoc[];
  readonly properties: readonly TermDoc[];
  readonly schemes: readonly LinkView[];
}

const PROPERTY_TYPES = [NS.owl('ObjectProperty'), NS.owl('DatatypeProperty'), NS.owl('AnnotationProperty')];

export function ontologyDoc(graph: EntityGraph): OntologyDoc {
  const inNamespace = (iri: string) => iri.startsWith(NS.rep.iri);
  const classes = graph.instancesOf(NS.owl('Class')).filter(inNamespace);
  const properties = [...new Set(PROPERTY_TYPES.flatMap((type) => graph.instancesOf(type)))].filter(inNamespace);
  const version = graph.value(ONTOLOGY_IRI, NS.owl('versionInfo'));
  return {
    iri: ONTOLOGY_IRI,
    title: graph.label(ONTOLOGY_IRI) ?? 'Ontology',
    comment: graph.value(ONTOLOGY_IRI, NS.rdfs('comment')) ?? '',
    ...(version ? { version } : {}),
    classes: classes.map((iri) => termDoc(graph, iri, NS.rdfs('subClassOf'))).sort(byLabel),
    properties: properties.map((iri) => termDoc(graph, iri, NS.rdfs('subPropertyOf'))).sort(byLabel),
    schemes: graph
      .instancesOf(NS.skos('ConceptScheme'))
      .map((iri) => linkView(graph, iri))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

function termDoc(graph: EntityGraph, iri: string, parentProperty: string): TermDoc {
  const links = (predicate: string) =>
    graph
      .objects(iri, predicate)
      .filter((term) => term.termType === 'NamedNode')
      .map((term) => linkView(graph, term.value));
  return {
    iri,
    anchor: iri.slice(NS.rep.iri.length),
    curie: compactIri(iri) ?? iri,
    label: graph.label(iri) ?? iri,
    comment: graph.value(iri, NS.rdfs('comment')) ?? '',
    kinds: graph.types(iri).map((type) => linkView(graph, type)),
    parents: links(parentProperty),
    children: graph
      .subjects(parentProperty, iri)
      .map((term) => linkView(graph, term.value))
      .sort((a, b) => a.label.localeCompare(b.label)),
    domain: links(NS.rdfs('domain')),
    range: links(NS.rdfs('range')),
  };
}

function byLabel(a: TermDoc, b: TermDoc): number {
  return a.label.localeCompare(b.label) || a.iri.localeCompare(b.iri);
}

/** The ontology's triples: the ontology header and every rep: term, with blank nodes below. */
export function ontologyQuads(graph: EntityGraph): Quad[] {
  const subjects = new Set<string>([ONTOLOGY_IRI]);
  for (const quad of graph.store.getQuads(null, namedNode(RDF_TYPE), null, null)) {
    if (quad.subject.termType === 'NamedNode' && quad.subject.value.startsWith(NS.rep.iri)) {
      subjects.add(quad.subject.value);
    }
  }
  return [...subjects].sort().flatMap((iri) => boundedDescription(graph, namedNode(iri)));
}
