// The SPARQL of the API's act list (/api/acts) past ENTITY_GRAPH_MAX_TRIPLES, paged in the store
// in the order list-items.ts gives: earliest date (undated last, as "9999"), then IRI; with the
// year filter's overlap rule (an act overlaps [from, to] iff its earliest date ≤ to-12-31 and its
// latest date, else its earliest, ≥ from-01-01; undated acts never match). Dates and IRIs are
// compared as strings by code point, as list-items.ts compares them (ISO dates and the graph's
// lower-case slugs sort the same by code point and by locale).
// Cost in the store: the acts are grouped and sorted per page (LIMIT/OFFSET: a deep page sorts
// as much as the first); the service holds one page of IRIs.
import { sparqlIri } from '../entity/neighbourhood-query.js';
import { RDF_TYPE, REP } from '../../vocab.js';
import type { ListQuery } from './list-query.js';

const fromClauses = (from: readonly string[]) => from.map((graph) => `FROM ${sparqlIri(graph)} `).join('');

/** The graph patterns of the acts a query selects (binds ?a). */
function actPatterns(query: Pick<ListQuery, 'from' | 'to'>): string {
  for (const year of [query.from, query.to]) {
    if (year !== undefined && !Number.isInteger(year)) throw new Error('Years must be checked integers (parseListQuery).');
  }
  const years = query.from !== undefined || query.to !== undefined;
  const lines = [`?a <${RDF_TYPE}> <${REP.ReprisalAct}> .`];
  if (years) {
    lines.push(`?a <${REP.earliestDate}> ?e .`);
    if (query.to !== undefined) lines.push(`FILTER(STR(?e) <= "${query.to}-12-31")`);
    // The latest date, else the earliest; written with EXISTS, not OPTIONAL and COALESCE, which
    // Virtuoso 7.2 fails to compile inside the page's grouping ("Bad dfe in sqlo_place_exp").
    const start = `"${query.from}-01-01"`;
    if (query.from !== undefined) {
      lines.push(`FILTER(EXISTS { ?a <${REP.latestDate}> ?l . FILTER(STR(?l) >= ${start}) } || (NOT EXISTS { ?a <${REP.latestDate}> ?l } && STR(?e) >= ${start}))`);
    }
  }
  return lines.join('\n  ');
}

/** SELECT ?n: how many acts the query selects. */
export function actCountQuery(query: Pick<ListQuery, 'from' | 'to'>, from: readonly string[] = []): string {
  return `SELECT (COUNT(DISTINCT ?a) AS ?n) ${fromClauses(from)}WHERE {
  ${actPatterns(query)}
}`;
}

/** SELECT ?a: one page of the acts the query selects, in list order. */
export function actPageQuery(query: Pick<ListQuery, 'from' | 'to' | 'limit' | 'offset'>, from: readonly string[] = []): string {
  if (!Number.isSafeInteger(query.limit) || !Number.isSafeInteger(query.offset) || query.limit < 1 || query.offset < 0) {
    throw new Error('actPageQuery needs a checked limit and offset (parseListQuery).');
  }
  // With years, ?e is bound already; without, an undated act sorts as "9999". One row per act:
  // rep:earliestDate has at most one value (the shapes' sh:maxCount 1). No grouping sub-query:
  // Virtuoso 7.2 fails to compile one around these filters ("Bad dfe in sqlo_place_exp").
  const years = query.from !== undefined || query.to !== undefined;
  const dated = years ? '' : `\n  OPTIONAL { ?a <${REP.earliestDate}> ?e }`;
  return `SELECT ?a ?key ${fromClauses(from)}WHERE {
  ${actPatterns(query)}${dated}
  BIND(COALESCE(STR(?e), "9999") AS ?key)
} ORDER BY ?key STR(?a) LIMIT ${query.limit} OFFSET ${query.offset}`;
}
