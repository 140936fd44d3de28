// Reading, past ENTITY_GRAPH_MAX_TRIPLES, the few entities a name can match, through the query
// engine: the candidates whose names share letter pairs with it (candidate-query.ts), their
// records (types, names, aliases, description), and the ontology's subclass edges (read once per
// graph version). Shared by reconciliation (store-reconciler.ts) and the site search
// (domain/search/store-search.ts). Cost per call: one SELECT (the store scans its names) and one
// CONSTRUCT of at most CANDIDATE_LIMIT entities' records.
import type { Quad, Term } from '@rdfjs/types';
import { canonicalEntityGraph } from '../entity/canonical-graph.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { InvalidIriError, sparqlIri } from '../entity/neighbourhood-query.js';
import type { ConstructReader } from '../entity/neighbourhood-source.js';
import { candidateQuery, classesBelow, classesOf, nameFragments, recordQuery, schemaQuery } from './candidate-query.js';
import { localId } from './entity-id.js';
import { IDENTIFIER_SPACE } from './reconcile-types.js';

/** Most entities one query, prefix or search reads as candidates. */
export const CANDIDATE_LIMIT = 100;

/** What is needed of the engine (QueryEngine): SELECT solutions, CONSTRUCT, its row cap and graph version. */
export interface StoreReader extends ConstructReader {
  select(query: string): Promise<ReadonlyMap<string, Term>[]>;
}

export class NameCandidates {
  private schema: { readonly version: string; readonly quads: Promise<Quad[]> } | undefined;

  constructor(
    private readonly engine: StoreReader,
    /** The store's default graphs, as FROM clauses (as neighbourhood-source.ts does). */
    private readonly from: readonly string[] = [],
  ) {}

  /**
   * IRIs of the entities (of `types`, else of any reconciliation type) with a name sharing a
   * letter pair with `normalised`, most pairs first, at most CANDIDATE_LIMIT; and first, the
   * entity `raw` names by its id or IRI, if it can be one.
   */
  async candidates(normalised: string, types: readonly string[], raw = ''): Promise<string[]> {
    const fragments = nameFragments(normalised);
    const classes = classesBelow(await this.schemaQuads(), classesOf(types));
    const found = fragments.length === 0 ? [] : await this.engine.select(candidateQuery(fragments, classes, CANDIDATE_LIMIT, this.from));
    const named = entityIri(raw);
    return [...new Set([...(named ? [named] : []), ...found.map((row) => row.get('e')?.value).filter((iri): iri is string => iri !== undefined)])];
  }

  /** The records of `iris` (recordQuery). */
  records(iris: readonly string[]): Promise<Quad[]> {
    return iris.length === 0 ? Promise.resolve([]) : this.engine.construct(recordQuery(iris, this.from));
  }

  /** An EntityGraph of `quads` and the ontology's subclass edges, in canonical order (as the whole graph's). */
  async graphOf(quads: readonly Quad[]): Promise<EntityGraph> {
    return canonicalEntityGraph([...quads, ...(await this.schemaQuads())]);
  }

  private schemaQuads(): Promise<Quad[]> {
    const version = this.engine.info().graphVersion ?? '';
    if (this.schema?.version !== version) {
      const schema = { version, quads: this.engine.construct(schemaQuery(this.from)) };
      // A failed read is not kept: the next request reads again.
      schema.quads.catch(() => {
        if (this.schema === schema) this.schema = undefined;
      });
      this.schema = schema;
    }
    return this.schema.quads;
  }
}

/** The IRI a client's id names, when it can be one of the graph's entities (else undefined: no query). */
export function entityIri(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const id = localId(raw);
  if (id === '' || !id.includes('/')) return undefined;
  try {
    return sparqlIri(IDENTIFIER_SPACE + id).slice(1, -1);
  } catch (error) {
    if (error instanceof InvalidIriError) return undefined;
    throw error;
  }
}
