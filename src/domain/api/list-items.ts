// Which items a list query selects, in the order the API pages them. Acts match on their own
// properties; persons and organisations match when one act they suffered (persons: victim) or
// carried out (organisations: perpetrator) matches every act filter at once. Year ranges use
// the ontology's overlap rule: a dated thing overlaps [from, to] iff earliestDate ≤ to-12-31
// and latestDate ≥ from-01-01 (an act without dates never matches a year filter).
// Cost: linear in the items of the kind times their acts; index lookups only.
import { NS, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import type { ListQuery } from './list-query.js';
import { itemsOfKind } from './resource-graph.js';

const P = {
  place: NS.rep('place'),
  inProceeding: NS.rep('inProceeding'),
  inRetaliationFor: NS.rep('inRetaliationFor'),
  engagedBy: NS.rep('engagedBy'),
  // rep:preventedEngagement is a sub-property of inRetaliationFor; both are followed.
  preventedEngagement: NS.rep('preventedEngagement'),
  engagedWith: NS.rep('engagedWith'),
  raisedBy: NS.rep('raisedBy'),
  concernsAct: NS.rep('concernsAct'),
  concernsPerson: NS.rep('concernsPerson'),
  jurisdiction: NS.rep('jurisdiction'),
  role: NS.rep('role'),
  broader: NS.skos('broader'),
  containedIn: NS.schema('containedInPlace'),
} as const;

/** The IRIs selected by `query`, sorted: acts by earliest date then IRI; others by English name. */
export function listItems(graph: EntityGraph, query: ListQuery): string[] {
  const items = itemsOfKind(graph, query.kind).filter((iri) => matches(graph, iri, query));
  if (query.kind === 'acts') {
    const key = (iri: string) => graph.value(iri, REP.earliestDate) ?? '9999';
    return items.sort((a, b) => key(a).localeCompare(key(b)) || a.localeCompare(b));
  }
  const name = (iri: string) => graph.label(iri) ?? graph.label(iri, 'zh') ?? iri;
  return items.sort((a, b) => name(a).localeCompare(name(b), 'en') || a.localeCompare(b));
}

function matches(graph: EntityGraph, iri: string, query: ListQuery): boolean {
  switch (query.kind) {
    case 'acts':
      return actMatches(graph, iri, query);
    case 'persons':
      return (
        (!query.role || graph.objects(iri, P.role).some((role) => role.value === query.role)) &&
        (!query.unBody || personEngagedWith(graph, iri, query.unBody)) &&
        (!hasActFilters(query) || actsWhere(graph, REP.victim, iri).some((act) => actMatches(graph, act, { ...query, unBody: undefined })))
      );
    case 'organisations':
      return (
        (!query.type || graph.isA(iri, query.type)) &&
        (!query.place || graph.objects(iri, P.jurisdiction).some((place) => within(graph, place.value, query.place!))) &&
        (!hasActFilters({ ...query, place: undefined }) ||
          actsWhere(graph, REP.perpetrator, iri).some((act) => actMatches(graph, act, { ...query, place: undefined })))
      );
    case 'un-bodies':
      return !query.type || graph.isA(iri, query.type);
  }
}

function hasActFilters(query: ListQuery): boolean {
  return Boolean(query.actType || query.charge || query.place || query.from !== undefined || query.to !== undefined);
}

function actsWhere(graph: EntityGraph, predicate: string, object: string): string[] {
  return graph
    .subjects(predicate, object)
    .map((term) => term.value)
    .filter((act) => graph.isA(act, REP.ReprisalAct));
}

export function actMatches(graph: EntityGraph, act: string, query: Omit<ListQuery, 'kind'>): boolean {
  if (query.actType && !graph.objects(act, REP.actType).some((t) => narrowerOrSame(graph, t.value, query.actType!))) return false;
  if (query.charge && !actCharges(graph, act).some((c) => narrowerOrSame(graph, c, query.charge!))) return false;
  if (query.place && !graph.objects(act, P.place).some((place) => within(graph, place.value, query.place!))) return false;
  if ((query.from !== undefined || query.to !== undefined) && !overlapsYears(graph, act, query.from, query.to)) return false;
  if (query.unBody && !actConcernsUnEntity(graph, act, query.unBody)) return false;
  return true;
}

/** Charges of the act itself and of the proceeding it belongs to. */
function actCharges(graph: EntityGraph, act: string): string[] {
  const own = graph.objects(act, REP.charge).map((term) => term.value);
  const proceedings = graph.objects(act, P.inProceeding);
  return [...own, ...proceedings.flatMap((p) => graph.objects(p, REP.charge).map((term) => term.value))];
}

export function overlapsYears(graph: EntityGraph, act: string, from?: number, to?: number): boolean {
  const earliest = graph.value(act, REP.earliestDate);
  const latest = graph.value(act, REP.latestDate) ?? earliest;
  if (!earliest || !latest) return false;
  if (to !== undefined && earliest > `${to}-12-31`) return false;
  if (from !== undefined && latest < `${from}-01-01`) return false;
  return true;
}

/** True when the act punished an engagement with the UN entity, or the entity raised the act. */
function actConcernsUnEntity(graph: EntityGraph, act: string, un: string): boolean {
  const engagements = [...graph.objects(act, P.inRetaliationFor), ...graph.objects(act, P.preventedEngagement)];
  if (engagements.some((e) => engagedWith(graph, e.value, un))) return true;
  return graph.subjects(P.concernsAct, act).some((raising) => graph.objects(raising, P.raisedBy).some((b) => b.value === un));
}

/** True when the person engaged with the UN entity, had a case raised by it, or suffered an act concerning it. */
function personEngagedWith(graph: EntityGraph, person: string, un: string): boolean {
  if (graph.subjects(P.engagedBy, person).some((e) => engagedWith(graph, e.value, un))) return true;
  if (graph.subjects(P.concernsPerson, person).some((r) => graph.objects(r, P.raisedBy).some((b) => b.value === un))) return true;
  return actsWhere(graph, REP.victim, person).some((act) => actConcernsUnEntity(graph, act, un));
}

/**
 * The engagement addressed the UN entity itself, or a meeting one hop from it (a review whose
 * rep:reviewingBody it is, a session it held): engagements name meetings more often than bodies.
 */
function engagedWith(graph: EntityGraph, engagement: string, un: string): boolean {
  return graph
    .objects(engagement, P.engagedWith)
    .some((target) => target.value === un || graph.outgoing(target).some((quad) => quad.object.value === un));
}

/** `concept` is `target` or below it along skos:broader (cycle-safe). */
function narrowerOrSame(graph: EntityGraph, concept: string, target: string): boolean {
  return reaches(graph, concept, target, P.broader);
}

/** `place` is `target` or inside it along schema:containedInPlace. */
function within(graph: EntityGraph, place: string, target: string): boolean {
  return reaches(graph, place, target, P.containedIn);
}

function reaches(graph: EntityGraph, start: string, target: string, predicate: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...graph.objects(current, predicate).map((term) => term.value));
  }
  return false;
}
