// GET /search?q=…: the site search (domain/search/entity-search.ts: names) and acts by the words
// that describe them (domain/search/act-search.ts), merged best first, as an HTML results page, or with
// format=json (or Accept: application/json) as `{ query, results: [...] }` for the search box's
// suggestions. `limit` 1–50 (default 20). A bad parameter is a 400 saying what to send. Both
// indexes are built once per graph, on the first search or by `warmSearch` (server.ts calls it at
// start-up so the first visitor does not wait), and reused (the graph does not change while serving).
// Past ENTITY_GRAPH_MAX_TRIPLES (no whole graph in the process) the bundled graph's search reads
// the store per request instead (domain/search/store-search.ts, installed by create-engine.ts).
import type { RequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { sharedEntityGraph } from '../../domain/entity/shared-entity-graph.js';
import { EntitySearch, MAX_QUERY_LENGTH, mergeHits, type SearchHit } from '../../domain/search/entity-search.js';
import { storeSearch } from '../../domain/search/shared-store-search.js';
import { BadRequestError, NotAcceptableError } from '../errors.js';
import { renderSearchPage } from '../views/search-view.js';
import { ActSearch } from '../../domain/search/act-search.js';

interface SearchIndexes {
  readonly names: EntitySearch;
  readonly acts: ActSearch;
}

const indexes = new WeakMap<EntityGraph, SearchIndexes>();

/** The graph's search indexes, built on first use (tens of ms for the bundled graph). */
export function warmSearch(graph: EntityGraph): SearchIndexes {
  let built = indexes.get(graph);
  if (!built) indexes.set(graph, (built = { names: new EntitySearch(graph), acts: new ActSearch(graph) }));
  return built;
}

export function searchRoute(graphOf: () => EntityGraph): RequestHandler {
  return async (req, res) => {
    const q = req.query['q'] ?? '';
    if (typeof q !== 'string') throw new BadRequestError('Give "q" once, as plain text.');
    if (q.length > MAX_QUERY_LENGTH) throw new BadRequestError(`"q" is longer than ${MAX_QUERY_LENGTH} characters; search for a name.`);
    const limitText = req.query['limit'] ?? '20';
    if (typeof limitText !== 'string' || !/^\d{1,2}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 50) {
      throw new BadRequestError('"limit" must be a whole number from 1 to 50.');
    }
    const format = req.query['format'];
    if (format !== undefined && format !== 'json' && format !== 'html') throw new NotAcceptableError(['text/html', 'application/json'], `format=${String(format)} (use html or json)`);
    const type = format === 'json' ? 'application/json' : format === 'html' ? 'text/html' : new Negotiator(req).mediaType(['text/html', 'application/json']);
    if (!type) throw new NotAcceptableError(['text/html', 'application/json'], req.get('Accept') ?? '');
    const limit = Number(limitText);
    const store = graphOf === sharedEntityGraph ? storeSearch() : undefined;
    const hits = store ? await store.search(q, limit) : searchInMemory(graphOf(), q, limit);
    res.set('Vary', 'Accept');
    if (type === 'application/json') {
      res.type('application/json; charset=utf-8').send(JSON.stringify({ query: q, results: hits }));
      return;
    }
    res.type('text/html; charset=utf-8').send(renderSearchPage(q, hits));
  };
}

/** Names and acts from the graph's in-memory indexes, merged best first. */
export function searchInMemory(graph: EntityGraph, q: string, limit: number): SearchHit[] {
  const { names, acts } = warmSearch(graph);
  return mergeHits(names.search(q, limit), acts.search(q, limit), limit);
}
