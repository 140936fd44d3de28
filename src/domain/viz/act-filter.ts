// The filters of the visual views, named and checked as the lists' filters are (/api/acts: type,
// from, to, place, unBody; see domain/api/list-query.ts) plus two the views add: the
// perpetrator (an organisation slug or IRI) and the status at the report's date (a concept of
// vocab/status). Type, place, year range and UN body are parsed and matched by the list code
// itself, so an act passes here exactly when /api/acts would list it under the same values.
import { BASE_IRI } from '../../config.js';
import { NS, REP } from '../../vocab.js';
import { actMatches } from '../api/list-items.js';
import { InvalidListQueryError, parseListQuery, type ListQuery } from '../api/list-query.js';
import type { EntityGraph } from '../entity/entity-graph.js';

export const VIZ_FILTER_NAMES = ['type', 'from', 'to', 'place', 'perpetrator', 'unBody', 'status'] as const;

export interface VizFilter {
  /** The list query of /api/acts for the shared filters. */
  readonly list: Omit<ListQuery, 'kind'>;
  readonly perpetrator?: string;
  readonly status?: string;
  /** The filter values as given (non-empty only), to refill the form and build links. */
  readonly given: Readonly<Partial<Record<(typeof VIZ_FILTER_NAMES)[number], string>>>;
}

const ACT_STATUS = NS.rep('actStatus');

/**
 * Parses the query-string parameters of a view. Unknown parameters, repeated values, unknown
 * slugs and reversed year ranges throw InvalidListQueryError (400) saying what to send.
 * `extra` names further parameters the caller handles itself (they are ignored here).
 */
export function parseVizFilter(
  graph: EntityGraph,
  params: Readonly<Record<string, unknown>>,
  extra: readonly string[] = [],
): VizFilter {
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (extra.includes(name) || name === 'format') continue;
    if (!(VIZ_FILTER_NAMES as readonly string[]).includes(name)) {
      throw new InvalidListQueryError(`Unknown parameter "${name}"; the filters are: ${VIZ_FILTER_NAMES.join(', ')}.`);
    }
    if (typeof value !== 'string') throw new InvalidListQueryError(`Give "${name}" once, as a plain value.`);
    if (value.trim() !== '') given[name] = value.trim();
  }
  const { perpetrator, status, ...shared } = given;
  const { kind: _kind, ...list } = parseListQuery(graph, 'acts', shared);
  return {
    list,
    given,
    ...(perpetrator ? { perpetrator: perpetratorIri(graph, perpetrator) } : {}),
    ...(status ? { status: statusIri(graph, status) } : {}),
  };
}

/** True when the act passes every filter given. */
export function actPasses(graph: EntityGraph, act: string, filter: VizFilter): boolean {
  if (!actMatches(graph, act, filter.list)) return false;
  if (filter.perpetrator && !graph.objects(act, REP.perpetrator).some((p) => p.value === filter.perpetrator)) return false;
  if (filter.status && graph.value(act, ACT_STATUS) !== filter.status) return false;
  return true;
}

/** The acts of the graph passing the filter (unsorted). */
export function filteredActs(graph: EntityGraph, filter: VizFilter): string[] {
  return graph.instancesOf(REP.ReprisalAct).filter((act) => actPasses(graph, act, filter));
}

function perpetratorIri(graph: EntityGraph, value: string): string {
  const iri = value.startsWith('http') ? value : `${BASE_IRI}id/organisation/${value}`;
  if (graph.subjects(REP.perpetrator, iri).length > 0) return iri;
  throw new InvalidListQueryError(
    `Unknown perpetrator "${value}"; give the slug of an organisation that carried out an act (the part after /id/organisation/), or its full IRI.`,
  );
}

function statusIri(graph: EntityGraph, value: string): string {
  const iri = value.startsWith('http') ? value : NS.status(value);
  if (graph.subjects(ACT_STATUS, iri).length > 0) return iri;
  const known = [...new Set(graph.instancesOf(REP.ReprisalAct).map((act) => graph.value(act, ACT_STATUS)).filter((s) => s !== undefined))]
    .map((s) => s.slice(NS.status.iri.length))
    .sort();
  throw new InvalidListQueryError(`Unknown status "${value}"; use one of: ${known.join(', ')}.`);
}
