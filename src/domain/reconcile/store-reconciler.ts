// Reconciliation past ENTITY_GRAPH_MAX_TRIPLES: each answer read from the store per request,
// through the query engine (its time limit, row cap, circuit breaker and error mapping), then
// computed by the same pure functions as below the limit (match-query.ts, suggest.ts,
// extend-data.ts) over a small index of what was read. Memory per request is bounded by
// CANDIDATE_LIMIT entities (name-candidates.ts; plus their neighbourhoods for property checks),
// whatever the size of the store. Upstream queries and their cost:
//   query (per query of a batch)  1 SELECT of candidates (the store scans its names: O(names)),
//                                 1 CONSTRUCT of their records (≤ CANDIDATE_LIMIT entities);
//                                 with `properties`, 1 neighbourhood CONSTRUCT (cached,
//                                 neighbourhood-source.ts) per candidate whose name could still
//                                 reach the score threshold
//   suggest/entity                the same SELECT and CONSTRUCT
//   preview, view                 1 neighbourhood CONSTRUCT (cached)
//   extend                        1 neighbourhood CONSTRUCT (cached) per id
//   (a batch's queries and extend's ids run READS_PER_REQUEST at a time)
//   (once per graph version)      1 CONSTRUCT of the ontology's subclass edges
// Differences from the in-memory answers (README "Scaling out"): a candidate's name must contain
// a fragment of the query (candidate-query.ts nameFragments), the candidates are the
// CANDIDATE_LIMIT containing most fragments, and a query of `properties` alone is refused with
// a warning (finding every entity with a property value would read the whole store).
import type { Quad } from '@rdfjs/types';
import { GraphStore } from '../../store/graph-store.js';
import type { EntitySource } from '../entity/shared-entity-graph.js';
import { resolveEntity } from './entity-id.js';
import { extendData, type ExtendRequest, type ExtendResponse } from './extend-data.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MIN_SCORE, reconcile, ReconcileInputError } from './match-query.js';
import { nameSimilarity, normaliseName } from './name-similarity.js';
import { reconcileBatch, type QueryResult } from './reconcile-batch.js';
import { entityIri, NameCandidates, type StoreReader } from './name-candidates.js';
import { buildReconcileIndex, type ReconcileIndex } from './reconcile-index.js';
import type { ResolvedEntity, Reconciler } from './reconciler.js';
import { SCHEMA_SPACE, type Candidate, type ReconcileQuery } from './reconcile-types.js';
import { suggestEntities, type Page, type Suggestion } from './suggest.js';

/** An index with no entities: running a query on it checks the query (ReconcileInputError) without any I/O. */
const EMPTY = buildReconcileIndex(new GraphStore());

/**
 * A name similarity below this cannot reach MIN_SCORE even with the +10 of a matched property
 * (match-query.ts: round(100 s) + 10 ≥ 40 needs s ≥ 0.295): such candidates need no neighbourhood.
 */
const PROPERTY_FLOOR = (MIN_SCORE - 10 - 0.5) / 100;

export class StoreReconciler implements Reconciler {
  private readonly names: NameCandidates;

  constructor(
    engine: StoreReader,
    private readonly neighbourhoods: EntitySource,
    /** The store's default graphs, as FROM clauses (as neighbourhood-source.ts does). */
    from: readonly string[] = [],
  ) {
    this.names = new NameCandidates(engine, from);
  }

  async batch(batch: unknown): Promise<Record<string, QueryResult>> {
    // Checks the batch and each query on an empty index first: the same refusals and warnings, no I/O.
    const checked = reconcileBatch(EMPTY, batch);
    const queries = batch as Record<string, ReconcileQuery>;
    const answers = await mapLimited(
      Object.entries(checked),
      async ([key, result]): Promise<[string, QueryResult]> => {
        if (result.warnings) return [key, result];
        try {
          return [key, { result: await this.reconcile(queries[key] as ReconcileQuery) }];
        } catch (error) {
          if (!(error instanceof ReconcileInputError)) throw error;
          return [key, { result: [], warnings: [{ type: 'invalid_query', message: `Query "${key}": ${error.message}` }] }];
        }
      },
    );
    return Object.fromEntries(answers);
  }

  async reconcile(query: ReconcileQuery): Promise<Candidate[]> {
    reconcile(EMPTY, query); // throws ReconcileInputError for a query that cannot run
    const raw = query.query ?? '';
    const text = normaliseName(raw);
    if (text === '') {
      throw new ReconcileInputError(
        'This store is larger than ENTITY_GRAPH_MAX_TRIPLES, so a query needs a "query" string (a name or an id); "properties" alone are matched only when the whole graph is in the service.',
      );
    }
    const ids = await this.names.candidates(text, typeIds(query.type), raw);
    const recordQuads = await this.names.records(ids);
    const records = await this.index(recordQuads);
    const constraints = Array.isArray(query.properties) ? query.properties : [];
    let index = records;
    if (constraints.length > 0) {
      // Property checks read the entities' neighbourhoods: only for those whose name could still score.
      const byId = resolveEntity(records, raw);
      const near = records.entities.filter((e) => e === byId || e.names.some((n) => nameSimilarity(text, n.normalised) * (n.alias && n.normalised !== text ? 0.9 : 1) >= PROPERTY_FLOOR));
      index = await this.index([...recordQuads, ...(await this.neighbourhoodQuads(near.map((e) => e.iri)))]);
    }
    // Neighbours read for property checks are entities of the index too; only candidates are answers.
    const candidates = new Set(records.entities.map((e) => e.id));
    const limit = query.limit === undefined || query.limit === null ? DEFAULT_LIMIT : Math.min(Number(query.limit), MAX_LIMIT);
    return reconcile(index, { ...query, limit: MAX_LIMIT })
      .filter((c) => candidates.has(c.id))
      .slice(0, limit);
  }

  async extend(request: ExtendRequest): Promise<ExtendResponse> {
    extendData(EMPTY, request); // checks the request (ReconcileInputError) before any I/O
    const iris = [...new Set(request.ids.map(entityIri).filter((iri): iri is string => iri !== undefined))];
    return extendData(await this.index(await this.neighbourhoodQuads(iris)), request);
  }

  async resolve(id: string): Promise<ResolvedEntity | undefined> {
    const iri = entityIri(id);
    if (iri === undefined) return undefined;
    const index = await this.index(await this.neighbourhoodQuads([iri]));
    const entity = resolveEntity(index, id);
    return entity ? { index, entity } : undefined;
  }

  async suggest(prefix: string, typeId: string | undefined, page: Page): Promise<Suggestion[]> {
    const p = normaliseName(prefix);
    const ids = await this.names.candidates(p, typeId ? [typeId] : [], prefix);
    return suggestEntities(await this.index(await this.names.records(ids)), prefix, typeId, page);
  }

  private async neighbourhoodQuads(iris: readonly string[]): Promise<Quad[]> {
    const graphs = await mapLimited(iris, (iri) => this.neighbourhoods.graphFor(iri));
    return graphs.flatMap((graph) => graph.store.getQuads(null, null, null, null));
  }

  /** The index of `quads` and the ontology's subclass edges, in canonical order (as the whole graph's). */
  private async index(quads: readonly Quad[]): Promise<ReconcileIndex> {
    return buildReconcileIndex((await this.names.graphOf(quads)).store);
  }
}

/** The type ids of a query's `type` (already checked by reconcile on the empty index). */
function typeIds(type: ReconcileQuery['type']): string[] {
  if (type === undefined || type === null || type === '') return [];
  return (Array.isArray(type) ? type : [type]).map((id: string) => (id.startsWith(SCHEMA_SPACE) ? id.slice(SCHEMA_SPACE.length) : id));
}

/**
 * Upstream reads in flight at once for one request (a batch's queries, extend's ids): a batch of
 * 200 queries or an extend of 1,000 ids then takes its turn instead of filling the engine's
 * connection pool (SPARQL_BACKEND_CONNECTIONS) ahead of every other request.
 */
export const READS_PER_REQUEST = 4;

/** `run` over `items`, at most READS_PER_REQUEST at a time; results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_PER_REQUEST, items.length) }, worker));
  return out;
}
