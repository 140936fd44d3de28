// Canonical N-Quads (W3C RDF Dataset Canonicalization, RDFC-1.0, via rdf-canonize): sorted
// lines, and blank nodes relabelled _:c14n0, _:c14n1, ... from the graph's structure, not from
// parse order. Every dump is written from the canonical quads, so the same graph always gives the
// same bytes; the round-trip test compares graphs by their canonical form (isomorphism).
// Cost: linear for graphs without blank nodes; the bundled graph has none (links may add some).
import canonize from 'rdf-canonize';
import { DataFactory, Parser, Writer, type Quad } from 'n3';

/** N-Quads text of the quads (N3.js Writer), in the given order. */
export function toNQuads(quads: readonly Quad[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: 'N-Quads' });
    writer.addQuads([...quads]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** The canonical N-Quads of a dataset (a set of triples when every quad is in the default graph). */
export async function canonicalNQuads(quads: readonly Quad[]): Promise<string> {
  return canonize.canonize(await toNQuads(dedupe(quads)), { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads' });
}

/** Parses N-Triples/N-Quads keeping blank node labels as written (no parser prefix). */
export function parseNQuads(text: string): Quad[] {
  return new Parser({ format: 'N-Quads', blankNodePrefix: '' }).parse(text);
}

/** The quads moved to the default graph. */
export function asTriples(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

/** The quads moved into the named graph `graph`. */
export function inGraph(quads: readonly Quad[], graph: string): Quad[] {
  const g = DataFactory.namedNode(graph);
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, g));
}

function dedupe(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
