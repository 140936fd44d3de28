// The site search past ENTITY_GRAPH_MAX_TRIPLES: names and acts read from the store per request,
// through the query engine, then ranked by the same code as below the limit (EntitySearch,
// ActSearch) over a small graph of what was read. Memory per request: at most CANDIDATE_LIMIT
// entities' records and ACT_CANDIDATE_LIMIT acts' texts, whatever the size of the store.
// Upstream queries per search: the names' candidate SELECT and records CONSTRUCT
// (reconcile/name-candidates.ts) and, for a query with a word of 3+ letters, the acts' candidate
// SELECT and records CONSTRUCT (act-candidate-query.ts), the two pairs concurrently.
// Differences from the in-memory search (README "Scaling out"): a name must share a letter pair
// with the query, an act a fragment of each word; past the candidate limits, the first
// candidates (names: most pairs shared; acts: IRI order) are ranked, not all.
import { NameCandidates, type StoreReader } from '../reconcile/name-candidates.js';
import { normaliseName } from '../reconcile/name-similarity.js';
import { canonicalEntityGraph } from '../entity/canonical-graph.js';
import { ActSearch, STOP_WORDS } from './act-search.js';
import { actCandidateQuery, actRecordQuery } from './act-candidate-query.js';
import { EntitySearch, MAX_QUERY_LENGTH, mergeHits, type SearchHit } from './entity-search.js';

/** Most acts one search reads. */
export const ACT_CANDIDATE_LIMIT = 100;

export class StoreSearch {
  private readonly names: NameCandidates;

  constructor(
    private readonly engine: StoreReader,
    /** The store's default graphs, as FROM clauses. */
    private readonly from: readonly string[] = [],
  ) {
    this.names = new NameCandidates(engine, from);
  }

  /** The best matches among names and acts, best first (mergeHits, as below the limit). */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const q = normaliseName(query.slice(0, MAX_QUERY_LENGTH));
    if (q === '') return [];
    const [names, acts] = await Promise.all([this.nameHits(q, query, limit), this.actHits(q, query, limit)]);
    return mergeHits(names, acts, limit);
  }

  private async nameHits(q: string, query: string, limit: number): Promise<SearchHit[]> {
    const ids = await this.names.candidates(q, []);
    return new EntitySearch(await this.names.graphOf(await this.names.records(ids))).search(query, limit);
  }

  private async actHits(q: string, query: string, limit: number): Promise<SearchHit[]> {
    // The words ActSearch requires: 2+ letters, not a stop word (requiring one would drop acts it finds), one of 3+.
    const words = q.split(' ').filter((word) => [...word].length >= 2 && !STOP_WORDS.has(word));
    if (!words.some((word) => [...word].length >= 3)) return [];
    const rows = await this.engine.select(actCandidateQuery(words, ACT_CANDIDATE_LIMIT, this.from));
    const acts = rows.map((row) => row.get('a')?.value).filter((iri): iri is string => iri !== undefined);
    if (acts.length === 0) return [];
    const graph = canonicalEntityGraph(await this.engine.construct(actRecordQuery(acts, this.from)));
    return new ActSearch(graph).search(query, limit);
  }
}
