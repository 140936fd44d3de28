// GET /persons, /acts, /organisations, /un, /events, /documents, /places: a browsable list as
// HTML (default for browsers), CSV (csv-stringify, one header row, UTF-8) or JSON, chosen by
// `format=html|csv|json` or Accept. Parameters: the act filters (type, from, to, place,
// perpetrator, unBody, status; see domain/viz/act-filter.ts), `sort` (a column key) and
// `dir=desc`. Unknown parameters or values are a 400 saying what to send.
// The same handler, offering only CSV and JSON (JSON first), serves the API form of the lists,
// GET /api/lists/{kind} (src/http/api/list-tables.ts): `listRoutes(graphOf, base, API_LIST_TYPES)`.
import { LRUCache } from 'lru-cache';
import type { Request, RequestHandler } from 'express';
import Negotiator from 'negotiator';
import { stringify } from 'csv-stringify/sync';
import { BROWSE_KINDS, BROWSE_SPECS, type BrowseKind } from '../../domain/browse/browse-kinds.js';
import { browseList, UnknownSortError, type BrowseList } from '../../domain/browse/browse-list.js';
import { InvalidListQueryError } from '../../domain/api/list-query.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { parseVizFilter, type VizFilter } from '../../domain/viz/act-filter.js';
import { filterOptions, type FilterOptions } from '../../domain/viz/filter-options.js';
import { BadRequestError, NotAcceptableError } from '../errors.js';
import { renderBrowsePage } from '../views/browse-view.js';
import { publicBase } from '../linked-data/public-url.js';

type ListType = 'text/html' | 'application/json' | 'text/csv';
/** What the browse pages offer: HTML first (browsers), then JSON and CSV. */
export const BROWSE_LIST_TYPES: readonly ListType[] = ['text/html', 'application/json', 'text/csv'];
/** What the API form of the lists offers: JSON first (a client without Accept gets JSON). */
export const API_LIST_TYPES: readonly ListType[] = ['application/json', 'text/csv'];
const FORMATS: Readonly<Record<string, ListType>> = { html: 'text/html', json: 'application/json', csv: 'text/csv' };
const OWN_PARAMS = ['sort', 'dir', 'format'];

export function browseRoutes(graphOf: () => EntityGraph, publicBaseUrl?: string): (kind: BrowseKind) => RequestHandler {
  return listRoutes(graphOf, publicBaseUrl, BROWSE_LIST_TYPES);
}

/** Memory for rendered lists, per set of list routes (strings counted as UTF-16). */
const RENDERED_MAX_BYTES = 8 * 1024 * 1024;

/** The list handlers answering with the media types `offered` (the first one by default). */
export function listRoutes(graphOf: () => EntityGraph, publicBaseUrl: string | undefined, offered: readonly ListType[]): (kind: BrowseKind) => RequestHandler {
  let options: FilterOptions | undefined;
  // The graph does not change while the service runs, so a rendered list is kept and reused:
  // key = path, query string and media type. Bounded by size (RENDERED_MAX_BYTES, least recently
  // used out): a list page is up to a few hundred kB and a client can send any filter
  // combination, so a bound by count let the soak test grow the process by 100+ MB.
  const rendered = new LRUCache<string, { readonly contentType: string; readonly body: string; readonly disposition?: string }>({
    maxSize: RENDERED_MAX_BYTES,
    // A page larger than a quarter of the cache is rendered each time rather than evict the rest.
    maxEntrySize: RENDERED_MAX_BYTES / 4,
    sizeCalculation: (entry, key) => Math.max(1, 2 * (entry.body.length + key.length)),
  });
  // Each list as it opens (no filter, default order), computed once. The first list request
  // also computes the other lists in the background, one per turn of the event loop (~10–200 ms
  // each; /un is the dearest: every act matched against every UN body), so the next list a
  // reader opens does not pay for it.
  const unfiltered = new Map<BrowseKind, BrowseList>();
  const openingList = (graph: EntityGraph, kind: BrowseKind): BrowseList => {
    let list = unfiltered.get(kind);
    if (!list) unfiltered.set(kind, (list = browseList(graph, kind)));
    return list;
  };
  let warming = false;
  const warmUp = (graph: EntityGraph) => {
    warming = true;
    const queue = [...BROWSE_KINDS];
    const next = () => {
      const kind = queue.shift();
      if (kind === undefined) {
        if (offered.includes('text/html')) options ??= filterOptions(graph);
        return;
      }
      openingList(graph, kind);
      setImmediate(next).unref();
    };
    setImmediate(next).unref();
  };
  return (kind) => (req, res) => {
    const graph = graphOf();
    if (!warming) warmUp(graph);
    const spec = BROWSE_SPECS[kind];
    const type = mediaType(req, offered);
    const key = `${type} ${req.originalUrl}`;
    const hit = rendered.get(key);
    res.set('Vary', 'Accept');
    if (hit) {
      if (hit.disposition) res.set('Content-Disposition', hit.disposition);
      res.type(hit.contentType).send(hit.body);
      return;
    }
    const send = (contentType: string, body: string, disposition?: string) => {
      rendered.set(key, { contentType, body, ...(disposition ? { disposition } : {}) });
      if (disposition) res.set('Content-Disposition', disposition);
      res.type(contentType).send(body);
    };
    const { filter, params } = parse(graph, req, spec.actFilters);
    const sort = single(req, 'sort');
    const descending = single(req, 'dir') === 'desc';
    const opening = Object.keys(params).length === 0 && (sort === undefined || sort === '' || sort === spec.defaultSort) && !descending;
    let list: BrowseList;
    try {
      list = opening ? openingList(graph, kind) : browseList(graph, kind, { filter, sort: sort || undefined, descending });
    } catch (error) {
      if (error instanceof UnknownSortError) throw new BadRequestError(error.message);
      throw error;
    }
    if (type === 'text/csv') {
      const header = ['iri', ...spec.columns.map((c) => c.key)];
      const rows = list.rows.map((row) => [row.iri, ...spec.columns.map((c) => row.cells[c.key]?.text ?? '')]);
      send('text/csv; charset=utf-8', stringify([header, ...rows]), `attachment; filename="${kind}.csv"`);
      return;
    }
    if (type === 'application/json') {
      const base = publicBase(req, publicBaseUrl);
      const items = list.rows.map((row) => ({
        iri: row.iri,
        page: new URL(row.href.slice(1), base).href,
        ...Object.fromEntries(spec.columns.map((c) => [c.key, c.numeric ? Number(row.cells[c.key]?.text ?? 0) : (row.cells[c.key]?.text ?? '')])),
      }));
      send('application/json; charset=utf-8', JSON.stringify({ kind, total: list.total, count: items.length, sort: list.sort, descending: list.descending, filters: filter?.given ?? {}, items }, null, 2));
      return;
    }
    options ??= filterOptions(graph);
    send('text/html; charset=utf-8', renderBrowsePage({ list, path: `/${kind}`, params, options, ...(filter ? { filter } : {}) }));
  };
}

function mediaType(req: Request, offered: readonly ListType[]): ListType {
  const format = single(req, 'format');
  if (format !== undefined && format !== '') {
    const type = FORMATS[format];
    if (!type || !offered.includes(type)) {
      const names = ['html', 'csv', 'json'].filter((name) => offered.includes(FORMATS[name]!));
      throw new NotAcceptableError([...offered], `format=${format} (use ${names.slice(0, -1).join(', ')} or ${names.at(-1)})`);
    }
    return type;
  }
  const type = new Negotiator(req).mediaType([...offered]);
  if (!type) throw new NotAcceptableError([...offered], req.get('Accept') ?? '');
  return type as ListType;
}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadRequestError(`Give "${name}" once, as a plain value.`);
  if (name === 'dir' && value !== 'asc' && value !== 'desc' && value !== '') throw new BadRequestError('"dir" is asc or desc.');
  return value;
}

/** The act filter (where the list takes one) and the non-empty filter parameters as given. */
function parse(graph: EntityGraph, req: Request, actFilters: boolean): { filter?: VizFilter; params: Record<string, string> } {
  const query = req.query as Record<string, unknown>;
  if (!actFilters) {
    const unknown = Object.keys(query).filter((name) => !OWN_PARAMS.includes(name));
    if (unknown.length > 0) throw new BadRequestError(`Unknown parameter "${unknown[0]}": this list takes only sort, dir and format.`);
    return { params: {} };
  }
  try {
    const filter = parseVizFilter(graph, query, OWN_PARAMS);
    return { filter, params: { ...filter.given } };
  } catch (error) {
    if (error instanceof InvalidListQueryError) throw new BadRequestError(error.message);
    throw error;
  }
}
