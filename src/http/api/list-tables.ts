// The browse lists as data: GET /api/lists/{kind} (kind: persons, acts, organisations, un,
// events, documents, places) answers the rows of the HTML list /{kind} as JSON (default) or CSV
// (csv-stringify, one header row, UTF-8), chosen by `format=json|csv` or Accept. Same filters
// (type, from, to, place, perpetrator, unBody, status, where the list takes them), `sort` and
// `dir=desc` as the HTML list, and the same code (src/http/browse/browse-routes.ts), so the API
// and the page cannot disagree. The framed records stay in /api/{persons,acts,...}.
import type { RequestHandler } from 'express';
import { BROWSE_KINDS, BROWSE_SPECS, type BrowseKind } from '../../domain/browse/browse-kinds.js';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { VIZ_FILTER_NAMES } from '../../domain/viz/act-filter.js';
import { API_LIST_TYPES, listRoutes } from '../browse/browse-routes.js';

type Json = Record<string, unknown>;

/** The path of a list's table in the API. */
export const listTablePath = (kind: BrowseKind): string => `/api/lists/${kind}`;

export function listTableRoutes(graphOf: () => EntityGraph, publicBaseUrl?: string): (kind: BrowseKind) => RequestHandler {
  return listRoutes(graphOf, publicBaseUrl, API_LIST_TYPES);
}

const FILTER_HELP: Readonly<Record<(typeof VIZ_FILTER_NAMES)[number], string>> = {
  type: 'Act-type family or type (slug of vocab/act-type, narrower types included).',
  from: 'First year: acts dated (earliest..latest) overlapping [from, to].',
  to: 'Last year of the range.',
  place: 'Slug of a place (id/place): where the act happened, or within it.',
  perpetrator: 'Slug of an organisation (id/organisation) that carried out the act.',
  unBody: 'Slug of a UN entity (id/un) the punished engagement addressed, or that raised the case.',
  status: 'Status at the report’s date (slug of vocab/status: ongoing, ended, …).',
};

/** OpenAPI 3.1 path items of /api/lists/{kind}, one per list, from the lists' own table. */
export function listTablePaths(): Json {
  const paths: Json = {};
  for (const kind of BROWSE_KINDS) {
    const spec = BROWSE_SPECS[kind];
    const columns = spec.columns.map((c) => c.key);
    const filters = spec.actFilters
      ? VIZ_FILTER_NAMES.map((name) => ({ name, in: 'query', required: false, description: `${FILTER_HELP[name]} A ${kind} row is kept when one of its acts passes, and counts only those.`, schema: { type: 'string' } }))
      : [];
    const item = {
      type: 'object',
      properties: {
        iri: { type: 'string', format: 'iri' },
        page: { type: 'string', format: 'uri', description: 'This server’s page of the item.' },
        ...Object.fromEntries(spec.columns.map((c) => [c.key, { type: c.numeric ? 'integer' : 'string', description: c.label }])),
      },
    };
    paths[listTablePath(kind)] = {
      get: {
        summary: `${spec.title} as a table (the rows of /${kind}): JSON or CSV`,
        description: `${spec.lead} Columns: iri, ${columns.join(', ')}.`,
        operationId: `table-${kind}`,
        parameters: [
          ...filters,
          { name: 'sort', in: 'query', required: false, schema: { type: 'string', enum: columns, default: spec.defaultSort } },
          { name: 'dir', in: 'query', required: false, schema: { type: 'string', enum: ['asc', 'desc'], default: 'asc' } },
          { name: 'format', in: 'query', required: false, description: 'Overrides Accept.', schema: { type: 'string', enum: ['json', 'csv'] } },
        ],
        responses: {
          200: {
            description: 'Every row of the list (no paging). CSV: a header row (iri, then the columns), RFC 4180 quoting, sent as attachment.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    kind: { const: kind },
                    total: { type: 'integer', description: 'Items in the list before the filters.' },
                    count: { type: 'integer' },
                    sort: { type: 'string' },
                    descending: { type: 'boolean' },
                    filters: { type: 'object' },
                    items: { type: 'array', items: item },
                  },
                },
              },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          400: { description: 'An unknown parameter, filter value or sort column; the message says what to send.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          406: { description: 'A format other than json or csv.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
    };
  }
  return paths;
}
