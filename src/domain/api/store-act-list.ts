// The API's act list (/api/acts) past ENTITY_GRAPH_MAX_TRIPLES: the total and one page of IRIs
// read from the store per request through the query engine (act-list-query.ts: a count, then,
// unless the page is past the end, the page),
// each item then framed from its neighbourhood as /api/acts/{slug} is. Only the filters the store
// can apply exactly are taken here (`from`, `to`, paging); the others (act type, charge, place,
// UN body: concept hierarchies and engagement paths) and the other kinds' lists (sorted by name
// in the service's collation) still need the whole graph. Memory: one page of IRIs.
import type { Term } from '@rdfjs/types';
import { actCountQuery, actPageQuery } from './act-list-query.js';
import type { ListQuery } from './list-query.js';

/** Parameters the act list answers past the limit (besides `format`). */
export const STORE_LIST_PARAMETERS: readonly string[] = ['from', 'to', 'limit', 'offset', 'format'];

export interface SelectReader {
  select(query: string): Promise<ReadonlyMap<string, Term>[]>;
}

export class StoreActList {
  constructor(
    private readonly engine: SelectReader,
    /** The store's default graphs, as FROM clauses. */
    private readonly from: readonly string[] = [],
  ) {}

  /** How many acts `query` selects, and the IRIs of its page, in list order. */
  async page(query: ListQuery): Promise<{ readonly total: number; readonly iris: readonly string[] }> {
    const count = await this.engine.select(actCountQuery(query, this.from));
    const total = Number(count[0]?.get('n')?.value ?? 0);
    // A page past the end is empty without asking (stores refuse an OFFSET as large as the API allows).
    if (query.offset >= total) return { total, iris: [] };
    const rows = await this.engine.select(actPageQuery(query, this.from));
    return { total, iris: rows.map((row) => row.get('a')?.value).filter((iri): iri is string => iri !== undefined) };
  }
}

let installed: StoreActList | undefined;

/** Installs (or, with undefined, removes) the per-request act list (src/engine/create-engine.ts, past the limit). */
export function setStoreActList(next: StoreActList | undefined): void {
  installed = next;
}

/** The per-request act list, when the whole graph is not in the process. */
export function storeActList(): StoreActList | undefined {
  return installed;
}
