// The in-memory quad index the service's processes keep of a graph (entity pages, the JSON-LD
// API, reconciliation, search, exports, rules): the n3 Store's read methods over an index from
// `rdf-stores` (Comunica's store: dictionary-encoded terms in nested Maps, indexes GSPO, GPOS,
// GOSP).
// Why not n3's Store: it indexes by plain objects keyed by integer term ids, which V8 stores as
// holey arrays sized by the largest id, so its cost grows with the graph's vocabulary: measured on
// the bundled graph (7,393 triples), 48 MB of heap for n3's Store against 4 MB for this one, with
// the same lookups (bench/rss.ts; issue 8 "lean at rest").
// Contract, as n3's Store: a null argument matches anything; a graph of null matches every graph
// (the default graph included); a string argument is an IRI ("_:x" a blank node). Results come
// back as n3 terms and quads (the terms put in, quads made by n3's DataFactory), in the order the
// index holds them: grouped by graph, then by the first pattern position, each in first-seen order.
// getSubjects/getObjects return each term once.
import type * as RDF from '@rdfjs/types';
import type { Quad, Term } from 'n3';
import { DataFactory } from 'n3';
import {
  RdfStore,
  RdfStoreIndexNestedMapQuoted,
  TermDictionaryNumberRecordFullTerms,
  TermDictionaryQuotedIndexed,
} from 'rdf-stores';

/** A term, an IRI or blank-node string ("_:b0"), or null for "any". */
export type TermPattern = RDF.Term | string | null;

/** The read side every consumer of a loaded graph uses; n3's Store also satisfies it (tests). */
export interface QuadIndex {
  readonly size: number;
  getQuads(subject: TermPattern, predicate: TermPattern, object: TermPattern, graph: TermPattern): Quad[];
  countQuads(subject: TermPattern, predicate: TermPattern, object: TermPattern, graph: TermPattern): number;
  getSubjects(predicate: TermPattern, object: TermPattern, graph: TermPattern): Term[];
  getObjects(subject: TermPattern, predicate: TermPattern, graph: TermPattern): Term[];
}

function toTerm(pattern: TermPattern | undefined): RDF.Term | undefined {
  if (pattern === null || pattern === undefined) return undefined;
  if (typeof pattern !== 'string') return pattern;
  return pattern.startsWith('_:') ? DataFactory.blankNode(pattern.slice(2)) : DataFactory.namedNode(pattern);
}

export class GraphStore implements QuadIndex {
  // rdf-stores' default store, with n3's DataFactory so that quads come back as n3 quads.
  private readonly index = new RdfStore<number>({
    indexCombinations: RdfStore.DEFAULT_INDEX_COMBINATIONS,
    indexConstructor: (options) => new RdfStoreIndexNestedMapQuoted(options),
    dictionary: new TermDictionaryQuotedIndexed(new TermDictionaryNumberRecordFullTerms()),
    dataFactory: DataFactory as unknown as RDF.DataFactory,
  });

  constructor(quads: Iterable<RDF.Quad> = []) {
    this.addQuads(quads);
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds a quad; false when it was there already. */
  addQuad(quad: RDF.Quad): boolean {
    return this.index.addQuad(quad);
  }

  addQuads(quads: Iterable<RDF.Quad>): void {
    for (const quad of quads) this.index.addQuad(quad);
  }

  /** Every quad, in index order (for SHACL, writers and dumps). */
  *[Symbol.iterator](): IterableIterator<Quad> {
    yield* this.index.readQuads() as IterableIterator<Quad>;
  }

  /** The underlying rdf-stores index as an RDF/JS Store (a source Comunica queries directly). */
  asSource(): RDF.Store {
    return this.index;
  }

  getQuads(subject: TermPattern, predicate: TermPattern, object: TermPattern, graph: TermPattern): Quad[] {
    return this.index.getQuads(toTerm(subject), toTerm(predicate), toTerm(object), toTerm(graph)) as Quad[];
  }

  countQuads(subject: TermPattern, predicate: TermPattern, object: TermPattern, graph: TermPattern): number {
    return this.index.countQuads(toTerm(subject), toTerm(predicate), toTerm(object), toTerm(graph));
  }

  getSubjects(predicate: TermPattern, object: TermPattern, graph: TermPattern): Term[] {
    return distinct(this.index.readQuads(undefined, toTerm(predicate), toTerm(object), toTerm(graph)), (q) => q.subject);
  }

  getObjects(subject: TermPattern, predicate: TermPattern, graph: TermPattern): Term[] {
    return distinct(this.index.readQuads(toTerm(subject), toTerm(predicate), undefined, toTerm(graph)), (q) => q.object);
  }
}

function distinct(quads: Iterable<RDF.Quad>, pick: (quad: RDF.Quad) => RDF.Term): Term[] {
  const seen = new Set<RDF.Term>();
  for (const quad of quads) seen.add(pick(quad)); // terms are the dictionary's own objects: one per term
  return [...seen] as Term[];
}
