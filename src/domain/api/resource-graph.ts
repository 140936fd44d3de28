// The graph an API item is framed from. It decides how deep the JSON nests: the item's own
// triples (with blank nodes), for persons, organisations and UN bodies the acts pointing at
// them (with theirs), a stub (types, labels, abbreviation) for every other resource they
// reference — concepts such as act types and charges, places, perpetrators — and each cited
// source passage with its quote only (the positions and context stay on the passage's page).
import { DataFactory, type Quad, type Term } from 'n3';
import { NS, OA, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';
import { boundedDescription, citedPassages } from '../entity/describe-entity.js';
import type { EntityGraph } from '../entity/entity-graph.js';

const { namedNode, quad: makeQuad } = DataFactory;

/** The kinds of resource the API serves, as they appear in its paths. */
export const RESOURCE_KINDS = ['persons', 'acts', 'organisations', 'un-bodies'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** The classes whose direct instances are items of each kind (the data types most specifically). */
export const KIND_CLASSES: Readonly<Record<ResourceKind, readonly string[]>> = {
  persons: [REP.Person],
  acts: [REP.ReprisalAct],
  organisations: [REP.Organisation, REP.NGO, REP.StateOrgan, REP.State],
  'un-bodies': [REP.UNEntity, REP.UNBody, REP.TreatyBody, REP.UNMechanism, NS.rep('SpecialProcedureMandate'), REP.UNOffice],
};

const STUB_PREDICATES = [RDF_TYPE, RDFS_LABEL, NS.rep('abbreviation')];

/** True when `iri` is typed with one of the kind's classes. */
export function isOfKind(graph: EntityGraph, iri: string, kind: ResourceKind): boolean {
  return KIND_CLASSES[kind].some((cls) => graph.isA(iri, cls));
}

/** IRIs of every item of a kind, unsorted. */
export function itemsOfKind(graph: EntityGraph, kind: ResourceKind): string[] {
  return [...new Set(KIND_CLASSES[kind].flatMap((cls) => graph.instancesOf(cls)))];
}

export function resourceQuads(graph: EntityGraph, iri: string, kind: ResourceKind): Quad[] {
  const out: Quad[] = [];
  const described = new Set<string>([iri]);
  const root = boundedDescription(graph, namedNode(iri)).filter((quad) => quad.predicate.value !== REP.source);
  out.push(...root);
  const withSources = [...boundedDescription(graph, namedNode(iri))];
  if (kind !== 'acts') {
    for (const act of graph.actsAbout(iri)) {
      const quads = boundedDescription(graph, namedNode(act));
      out.push(...quads.filter((quad) => quad.predicate.value !== REP.source));
      withSources.push(...quads);
      described.add(act);
    }
  }
  // Sources are re-added below as links to passage stubs, once per subject.
  out.push(...withSources.filter((quad) => quad.predicate.value === REP.source));
  for (const passage of citedPassages(withSources)) {
    described.add(passage);
    out.push(...passageStub(graph, passage));
  }
  for (const target of referencedIris(out)) {
    if (described.has(target)) continue;
    described.add(target);
    for (const predicate of STUB_PREDICATES) {
      for (const object of graph.objects(target, predicate)) out.push(makeQuad(namedNode(target), namedNode(predicate), object as Quad['object']));
    }
  }
  return out;
}

/** The passage, typed, with one TextQuoteSelector holding only oa:exact. */
function passageStub(graph: EntityGraph, passage: string): Quad[] {
  const node = namedNode(passage);
  const out: Quad[] = [makeQuad(node, namedNode(RDF_TYPE), namedNode(REP.SourcePassage))];
  for (const selector of graph.objects(passage, OA.hasSelector)) {
    if (!graph.isA(selector, OA.TextQuoteSelector)) continue;
    out.push(makeQuad(node, namedNode(OA.hasSelector), selector as Quad['object']));
    out.push(makeQuad(selector as Quad['subject'], namedNode(RDF_TYPE), namedNode(OA.TextQuoteSelector)));
    for (const exact of graph.objects(selector, OA.exact)) {
      out.push(makeQuad(selector as Quad['subject'], namedNode(OA.exact), exact as Quad['object']));
    }
  }
  return out;
}

function referencedIris(quads: readonly Quad[]): string[] {
  const out = new Set<string>();
  for (const quad of quads) {
    if (quad.predicate.value === RDF_TYPE) continue;
    const object: Term = quad.object;
    if (object.termType === 'NamedNode') out.add(object.value);
  }
  return [...out];
}
