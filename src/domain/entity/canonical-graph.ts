// An EntityGraph whose every lookup answers in one canonical order, whatever order the quads
// came in (a file, a paged copy of a remote store, a per-request CONSTRUCT). Why: the pages and
// RDF representations are built from lookups in index order (GraphStore: first-seen order), so
// the same triples read in another order would give other bytes — a Turtle document with its
// statements moved, the first of two English labels another one. Filled in sorted (S, P, O)
// order, the index hands back, for every pattern with a bound position (S, SP, PO, O, SO, SPO),
// its matches sorted by the free positions: a function of the set of triples only. So a page
// rendered from a resource's neighbourhood (neighbourhood-query.ts) and from the whole graph is
// the same document, byte for byte (tests/domain/entity/neighbourhood-equivalence.test.ts).
// Cost: one sort, O(n log n) comparisons of term strings (about 40 ms for the bundled graph).
import type { Quad, Term } from '@rdfjs/types';
import { GraphStore } from '../../store/graph-store.js';
import { EntityGraph } from './entity-graph.js';

/** An EntityGraph of `quads` in canonical order (named graphs kept as given). */
export function canonicalEntityGraph(quads: Iterable<Quad>): EntityGraph {
  return new EntityGraph(new GraphStore([...quads].sort(compareQuads)));
}

/** Total order on quads: subject, predicate, object, graph (each by compareTerms). */
export function compareQuads(a: Quad, b: Quad): number {
  return (
    compareTerms(a.subject, b.subject) ||
    compareTerms(a.predicate, b.predicate) ||
    compareTerms(a.object, b.object) ||
    compareTerms(a.graph, b.graph)
  );
}

/** Total order on terms: kind, then value, then (literals) datatype and language; code-unit order. */
function compareTerms(a: Term, b: Term): number {
  if (a.termType !== b.termType) return order(a.termType, b.termType);
  const byValue = order(a.value, b.value);
  if (byValue !== 0 || a.termType !== 'Literal' || b.termType !== 'Literal') return byValue;
  return order(a.datatype.value, b.datatype.value) || order(a.language, b.language);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
