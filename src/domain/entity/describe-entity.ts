// The description of one entity, as its linked-data representations serve it: the entity's own
// triples with every blank node and hash IRI below it (a Concise Bounded Description that also
// follows `{iri}#…` children such as a passage's `#quote` and `#position` selectors),
// the acts that point at it (victim, perpetrator, place, charge...) with theirs, and the
// source passages those triples cite with their selectors, so a client gets every fact of the
// entity together with its evidence in one response.
// Cost: proportional to the size of the description; a vocabulary concept used by many acts
// (act-type/detention) yields the largest ones.
import { DataFactory, type Quad, type Term } from 'n3';
import { REP } from '../../vocab.js';
import type { EntityGraph } from './entity-graph.js';

const { namedNode } = DataFactory;

export interface EntityDescription {
  readonly iri: string;
  /** The entity's own triples and those of blank nodes below it. */
  readonly own: readonly Quad[];
  /** IRIs of acts pointing at the entity (empty for an act itself), sorted. */
  readonly acts: readonly string[];
  /** Every triple of the description: own, acts and cited passages, without duplicates. */
  readonly quads: readonly Quad[];
}

/** Undefined when the IRI occurs nowhere in the graph (the caller answers 404). */
export function describeEntity(graph: EntityGraph, iri: string): EntityDescription | undefined {
  if (!graph.has(iri)) return undefined;
  const collected = new QuadSet();
  const own = boundedDescription(graph, namedNode(iri));
  collected.addAll(own);
  const acts = graph.actsAbout(iri).filter((act) => act !== iri);
  for (const act of acts) collected.addAll(boundedDescription(graph, namedNode(act)));
  for (const passage of citedPassages(collected.values())) {
    collected.addAll(boundedDescription(graph, namedNode(passage)));
  }
  return { iri, own, acts, quads: collected.values() };
}

/**
 * The triples of `node` and, recursively, of the blank nodes and hash IRIs (`{node}#…`) they
 * reach (cycle-safe).
 */
export function boundedDescription(graph: EntityGraph, node: Term): Quad[] {
  const out: Quad[] = [];
  const seen = new Set<string>();
  const queue: Term[] = [node];
  while (queue.length > 0) {
    const current = queue.shift() as Term;
    const key = `${current.termType}:${current.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const quad of graph.outgoing(current)) {
      out.push(quad);
      if (isPartOf(quad.object, node)) queue.push(quad.object);
    }
  }
  return out;
}

/** True for a blank node, or for an IRI `{root}#fragment` (a part of the root's document). */
export function isPartOf(term: Term, root: Term): boolean {
  if (term.termType === 'BlankNode') return true;
  return term.termType === 'NamedNode' && root.termType === 'NamedNode' && term.value.startsWith(`${root.value}#`);
}

/** IRIs of the passages cited by rep:source in `quads`, in order of first citation. */
export function citedPassages(quads: readonly Quad[]): string[] {
  const passages = new Set<string>();
  for (const quad of quads) {
    if (quad.predicate.value === REP.source && quad.object.termType === 'NamedNode') {
      passages.add(quad.object.value);
    }
  }
  return [...passages];
}

class QuadSet {
  private readonly byKey = new Map<string, Quad>();

  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) {
      const key = `${termKey(quad.subject)} ${termKey(quad.predicate)} ${termKey(quad.object)}`;
      if (!this.byKey.has(key)) this.byKey.set(key, quad);
    }
  }

  values(): Quad[] {
    return [...this.byKey.values()];
  }
}

function termKey(term: Term): string {
  if (term.termType === 'Literal') return JSON.stringify([term.value, term.language, term.datatype.value]);
  return `${term.termType}:${term.value}`;
}
