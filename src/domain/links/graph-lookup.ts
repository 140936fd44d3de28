// The graph as the links builder sees it: the ontology and report data, without data/links/ (a
// link never justifies itself). An entity is any IRI typed in those files.
import { DataFactory } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { graphFiles } from '../../store/graph-files.js';
import { loadGraph } from '../../store/load-graph.js';
import { NS, RDF_TYPE } from '../../vocab.js';
import type { GraphLookup } from './build-links.js';

const { namedNode } = DataFactory;

export function graphLookup(store: QuadIndex): GraphLookup {
  const type = namedNode(RDF_TYPE);
  return {
    has: (iri) => store.countQuads(namedNode(iri), type, null, null) > 0,
    isConcept: (iri) => store.countQuads(namedNode(iri), type, namedNode(NS.skos('Concept')), null) > 0,
  };
}

/** The bundled graph minus the links part. Cost: parses every file (a few hundred ms). */
export function graphWithoutLinks(): QuadIndex {
  return loadGraph(graphFiles().filter((file) => file.part !== 'links')).store;
}
