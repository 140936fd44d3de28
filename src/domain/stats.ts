// Counting the graph: triples (per part), entities per class, acts per act type. What `kg stats`
// prints. Classes are counted by asserted rdf:type only (no subclass inference), so a
// rep:ReprisalAct is not also counted as a rep:Event unless the data says so.
import type { QuadIndex } from '../store/graph-store.js';
import type { GraphPart } from '../store/graph-files.js';
import { NS, RDF_TYPE, REP } from '../vocab.js';

export interface Count {
  /** IRI of the class or concept. */
  readonly iri: string;
  /** Its English label in the graph (rdfs:label or skos:prefLabel), when it has one. */
  readonly label?: string;
  readonly count: number;
}

export interface GraphStats {
  readonly triples: number;
  readonly triplesPerPart: Readonly<Partial<Record<GraphPart, number>>>;
  /** Distinct subjects per asserted rdf:type, most frequent first. */
  readonly entitiesPerClass: readonly Count[];
  /** Distinct rep:ReprisalAct subjects per rep:actType value, most frequent first. */
  readonly actsPerActType: readonly Count[];
}

/** Cost: one pass over the rdf:type and rep:actType triples. */
export function graphStats(store: QuadIndex, parts: ReadonlyMap<GraphPart, readonly unknown[]> = new Map()): GraphStats {
  const perClass = new Map<string, Set<string>>();
  for (const quad of store.getQuads(null, RDF_TYPE, null, null)) {
    addTo(perClass, quad.object.value, quad.subject.value);
  }
  const perActType = new Map<string, Set<string>>();
  for (const act of store.getSubjects(RDF_TYPE, REP.ReprisalAct, null)) {
    for (const type of store.getObjects(act, REP.actType, null)) addTo(perActType, type.value, act.value);
  }
  const triplesPerPart: Partial<Record<GraphPart, number>> = {};
  for (const [part, quads] of parts) triplesPerPart[part] = quads.length;
  return {
    triples: store.size,
    triplesPerPart,
    entitiesPerClass: counts(store, perClass),
    actsPerActType: counts(store, perActType),
  };
}

function addTo(map: Map<string, Set<string>>, key: string, member: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(member);
  map.set(key, set);
}

/** Counts sorted by count descending, then IRI, so the output is stable. */
function counts(store: QuadIndex, map: ReadonlyMap<string, ReadonlySet<string>>): Count[] {
  return [...map]
    .map(([iri, members]) => {
      const label = englishLabel(store, iri);
      return { iri, ...(label ? { label } : {}), count: members.size };
    })
    .sort((a, b) => b.count - a.count || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

function englishLabel(store: QuadIndex, iri: string): string | undefined {
  for (const predicate of [NS.skos('prefLabel'), NS.rdfs('label')]) {
    const label = store
      .getObjects(iri, predicate, null)
      .find((term) => term.termType === 'Literal' && term.language === 'en');
    if (label) return label.value;
  }
  return undefined;
}
