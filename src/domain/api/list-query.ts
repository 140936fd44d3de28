// The query of an API list, parsed and checked: which filters each resource kind accepts, their
// values resolved to IRIs of the graph, and pagination. Anything a client gets wrong is an
// InvalidListQueryError whose message says what to send instead (the HTTP layer answers 400).
import { BASE_IRI } from '../../config.js';
import { NS, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { KIND_CLASSES, type ResourceKind } from './resource-graph.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export class InvalidListQueryError extends Error {
  override readonly name = 'InvalidListQueryError';
}

export interface ListQuery {
  readonly kind: ResourceKind;
  /** Act type concepts (persons, organisations: of their acts). */
  readonly actType?: string;
  /** Classes (organisations, UN bodies). */
  readonly type?: string;
  readonly role?: string;
  readonly charge?: string;
  readonly place?: string;
  readonly unBody?: string;
  readonly from?: number;
  readonly to?: number;
  readonly limit: number;
  readonly offset: number;
}

/** Filters each kind accepts; `type` means the act type for acts and persons, the class otherwise. */
export const KIND_FILTERS: Readonly<Record<ResourceKind, readonly string[]>> = {
  acts: ['type', 'from', 'to', 'charge', 'place', 'unBody'],
  persons: ['type', 'role', 'from', 'to', 'charge', 'place', 'unBody'],
  organisations: ['type', 'from', 'to', 'charge', 'place'],
  'un-bodies': ['type'],
};

const PAGING = ['limit', 'offset'];
/** Parameters every route takes besides filters (content negotiation). */
const IGNORED = ['format'];

/** Parses the query-string parameters of a list request; every value a single string. */
export function parseListQuery(
  graph: EntityGraph,
  kind: ResourceKind,
  params: Readonly<Record<string, unknown>>,
): ListQuery {
  const allowed = [...KIND_FILTERS[kind], ...PAGING];
  const get = (name: string): string | undefined => {
    const value = params[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new InvalidListQueryError(`Give "${name}" once, as a plain value.`);
    return value.trim();
  };
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name) && !IGNORED.includes(name)) {
      throw new InvalidListQueryError(`Unknown parameter "${name}" for /api/${kind}; use: ${allowed.join(', ')}.`);
    }
  }
  const from = year(get('from'), 'from');
  const to = year(get('to'), 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new InvalidListQueryError(`"from" (${from}) is after "to" (${to}); give from ≤ to.`);
  }
  const typeValue = get('type');
  const actTyped = kind === 'acts' || kind === 'persons';
  const result: Record<string, unknown> = {
    kind,
    limit: integer(get('limit'), 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT),
    offset: integer(get('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER),
    from,
    to,
    actType: actTyped ? concept(graph, typeValue, 'type', 'act-type') : undefined,
    type: actTyped ? undefined : classOf(typeValue, kind),
    role: concept(graph, get('role'), 'role', 'role'),
    charge: concept(graph, get('charge'), 'charge', 'charge'),
    place: entity(graph, get('place'), 'place', 'place', REP.Place),
    unBody: unEntity(graph, get('unBody')),
  };
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as unknown as ListQuery;
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InvalidListQueryError(`"${name}" must be a whole number from ${min} to ${max}; got "${value}".`);
  }
  return Number(value);
}

function year(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{4}$/.test(value) || Number(value) < MIN_YEAR || Number(value) > MAX_YEAR) {
    throw new InvalidListQueryError(`"${name}" must be a year (four digits, ${MIN_YEAR}–${MAX_YEAR}); got "${value}".`);
  }
  return Number(value);
}

/** A concept of scheme `scheme`, given by slug ("detention") or full IRI. */
function concept(graph: EntityGraph, value: string | undefined, name: string, scheme: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const schemeIri = NS.vocab(scheme);
  const iri = value.startsWith('http') ? value : `${schemeIri}/${value}`;
  if (graph.objects(iri, NS.skos('inScheme')).some((term) => term.value === schemeIri)) return iri;
  const known = graph
    .subjects(NS.skos('inScheme'), schemeIri)
    .map((term) => term.value.slice(schemeIri.length + 1))
    .sort();
  throw new InvalidListQueryError(`Unknown ${name} "${value}"; use one of: ${known.join(', ')}.`);
}

/** An entity of class `cls` under id/{path}/, by slug or full IRI. */
function entity(graph: EntityGraph, value: string | undefined, name: string, path: string, cls: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  const iri = value.startsWith('http') ? value : `${BASE_IRI}id/${path}/${value}`;
  if (graph.isA(iri, cls)) return iri;
  throw new InvalidListQueryError(`Unknown ${name} "${value}"; give the slug of a ${BASE_IRI}id/${path}/{slug} IRI of the graph, or the full IRI.`);
}

function unEntity(graph: EntityGraph, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const iri = value.startsWith('http') ? value : `${BASE_IRI}id/un/${value}`;
  if (KIND_CLASSES['un-bodies'].some((cls) => graph.isA(iri, cls))) return iri;
  throw new InvalidListQueryError(`Unknown unBody "${value}"; give the slug of a UN body listed at /api/un-bodies (e.g. the part after /id/un/).`);
}

/** A class of the kind by local name ("NGO", "TreatyBody"). */
function classOf(value: string | undefined, kind: ResourceKind): string | undefined {
  if (value === undefined || value === '') return undefined;
  const classes = KIND_CLASSES[kind];
  const iri = classes.find((cls) => cls === value || cls === NS.rep(value));
  if (iri) return iri;
  const names = classes.map((cls) => cls.slice(NS.rep.iri.length));
  throw new InvalidListQueryError(`Unknown type "${value}" for /api/${kind}; use one of: ${names.join(', ')}.`);
}
