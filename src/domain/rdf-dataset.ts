// RDF/JS quads in the dataset form of rdf-canonize and jsonld.js (the terms their N-Quads parser
// makes: a language-tagged literal has datatype rdf:langString), each distinct quad once. Both
// libraries accept it in place of N-Quads text, which they parse by comparing every quad with
// every quad of its graph to drop duplicates — quadratic: 58 s for canonicalisation and 27 s for
// JSON-LD at 27k triples, against well under a second each from this form (scripts/release/measure-release.ts).
// Cost: one pass over the quads, one key string per quad.
import type { Quad } from '@rdfjs/types';

const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

export interface DatasetTerm {
  readonly termType: string;
  readonly value: string;
  readonly datatype?: { readonly termType: 'NamedNode'; readonly value: string };
  readonly language?: string;
}

export interface DatasetQuad {
  readonly subject: DatasetTerm;
  readonly predicate: DatasetTerm;
  readonly object: DatasetTerm;
  readonly graph: DatasetTerm;
}

function term(t: Quad['subject'] | Quad['predicate'] | Quad['object'] | Quad['graph']): DatasetTerm {
  if (t.termType === 'DefaultGraph') return { termType: 'DefaultGraph', value: '' };
  if (t.termType !== 'Literal') return { termType: t.termType, value: t.value };
  return t.language
    ? { termType: 'Literal', value: t.value, datatype: { termType: 'NamedNode', value: RDF_LANGSTRING }, language: t.language }
    : { termType: 'Literal', value: t.value, datatype: { termType: 'NamedNode', value: t.datatype.value } };
}

const key = (t: DatasetTerm) => `${t.termType}\u0000${t.value}\u0000${t.datatype?.value ?? ''}\u0000${t.language ?? ''}`;

/** The distinct quads, in first-seen order, as rdf-canonize / jsonld.fromRDF datasets. */
export function toDataset(quads: Iterable<Quad>): DatasetQuad[] {
  const seen = new Set<string>();
  const out: DatasetQuad[] = [];
  for (const q of quads) {
    const quad = { subject: term(q.subject), predicate: term(q.predicate), object: term(q.object), graph: term(q.graph) };
    const id = `${key(quad.subject)}\u0001${key(quad.predicate)}\u0001${key(quad.object)}\u0001${key(quad.graph)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(quad);
  }
  return out;
}
