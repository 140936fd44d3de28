// Reconciling one query (Reconciliation API v0.2, "Query Request"/"Query Response"): the
// candidates whose names resemble the query, best first, with `match: true` only when exactly one
// entity of the requested types carries the query as an exact (normalised) name or alias and the
// query's property constraints do not contradict it. Anything partial, reordered, or shared by two
// entities is a candidate for a curator to choose, never a match. A property the entity has no
// value for is unknown, not a contradiction (the report states citizenship for one person in 25).
import { normaliseName, nameSimilarity } from './name-similarity.js';
import { propertyValues, findProperty } from './entity-properties.js';
import { localId, resolveEntity } from './entity-id.js';
import type { IndexedEntity, IndexedName, ReconcileIndex } from './reconcile-index.js';
import { RECONCILE_TYPES, SCHEMA_SPACE, type Candidate, type ExtendValue, type PropertyConstraint, type ReconcileQuery } from './reconcile-types.js';

/** A query the service cannot run; the message says what to fix (a 400 over HTTP). */
export class ReconcileInputError extends Error {
  override readonly name = 'ReconcileInputError';
}

export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 50;
/** Candidates scoring below this (out of 100) are not returned. */
export const MIN_SCORE = 40;

interface Scored {
  readonly entity: IndexedEntity;
  readonly score: number;
  readonly exact: boolean;
  readonly via: IndexedName;
  readonly check: PropertyCheck;
  /** Found by its id or IRI given as the query. */
  readonly byId: boolean;
}

function typeFilter(type: ReconcileQuery['type']): Set<string> | undefined {
  if (type === undefined || type === null || type === '') return undefined;
  const given = (Array.isArray(type) ? type : [type]) as unknown[];
  if (given.some((id) => typeof id !== 'string')) throw new ReconcileInputError('"type" must be a type id or a list of type ids.');
  // A type may be sent as its full IRI in the schema space (…/ontology#Person).
  const ids = (given as string[]).map((id) => (id.startsWith(SCHEMA_SPACE) ? id.slice(SCHEMA_SPACE.length) : id));
  for (const id of ids) {
    if (!RECONCILE_TYPES.some((t) => t.id === id)) {
      throw new ReconcileInputError(`Unknown type "${id}"; use one of ${RECONCILE_TYPES.map((t) => t.id).join(', ')}.`);
    }
  }
  return new Set(ids);
}

/** How a query's property constraints stand against one entity. */
export interface PropertyCheck {
  /** Constraints the entity's values satisfy. */
  readonly matched: number;
  /** Constraints the entity has values for, none of them the wanted one. */
  readonly contradicted: number;
  /** Constraints on a property the entity has no value for: they neither add nor remove score. */
  readonly unknown: number;
  /** A matched constraint is an identifier (Wikidata item, ISHR code, ...): enough on its own. */
  readonly identifying: boolean;
}

/** Properties whose value names one entity, so that a query of them alone can be a match. */
export const IDENTIFYING_PROPERTIES: ReadonlySet<string> = new Set(['wikidata', 'wikipedia', 'name_zh', 'ishr_code', 'ishr_record']);

/** Throws for an unknown property id or a malformed list; run once per query, not per entity. */
function checkConstraints(constraints: unknown): readonly PropertyConstraint[] {
  if (constraints === undefined) return [];
  if (!Array.isArray(constraints) || constraints.some((c) => !c || typeof c !== 'object')) {
    throw new ReconcileInputError('"properties" must be a list of {pid, v}.');
  }
  for (const { pid } of constraints as PropertyConstraint[]) {
    if (typeof pid !== 'string' || !findProperty(pid)) {
      throw new ReconcileInputError(`Unknown property "${String(pid)}"; see /reconcile/extend/propose for the list.`);
    }
  }
  return constraints as PropertyConstraint[];
}

export function checkProperties(index: ReconcileIndex, entity: IndexedEntity, constraints: readonly PropertyConstraint[]): PropertyCheck {
  let matched = 0;
  let contradicted = 0;
  let unknown = 0;
  let identifying = false;
  for (const { pid, v } of constraints) {
    const wanted = (Array.isArray(v) ? v : [v]).map(constraintText).filter((t) => t !== '');
    if (wanted.length === 0) continue;
    const have = propertyValues(index, entity, pid).flatMap(valueTexts);
    if (have.length === 0) unknown += 1;
    else if (wanted.some((w) => have.includes(w))) {
      matched += 1;
      identifying ||= IDENTIFYING_PROPERTIES.has(pid);
    } else contradicted += 1;
  }
  return { matched, contradicted, unknown, identifying };
}

function constraintText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return normaliseName(String(v));
  if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') return normaliseName(localId((v as { id: string }).id));
  return '';
}

function valueTexts(value: ExtendValue): string[] {
  if ('str' in value) return [normaliseName(value.str)];
  if ('id' in value) return [normaliseName(value.id), normaliseName(value.name)];
  if ('date' in value) return [normaliseName(value.date), normaliseName(value.date.slice(0, 10))];
  return [normaliseName(String(value.int))];
}

function queryLimit(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new ReconcileInputError(`"limit" must be a positive integer, not ${JSON.stringify(value)}.`);
  return Math.min(limit, MAX_LIMIT);
}

/**
 * The candidates of one query, best first. Scores: the name similarity (0–100; 100 only for an
 * exact name); a satisfied constraint adds 10 to a partial name (at most 99); a contradicted one
 * multiplies by 0.6; a constraint on a property the entity has no value for changes nothing.
 * Without a query string (0.2 allows properties alone), the candidates are the entities that
 * satisfy a constraint and contradict none: 100 when an identifying property matched, else 80
 * times the share of constraints matched; a match only for one entity found by an identifier.
 * An entity id or IRI as the query finds that entity (score 100, a match).
 * Throws ReconcileInputError for a query that cannot run (the batch turns it into a warning).
 */
export function reconcile(index: ReconcileIndex, query: ReconcileQuery): Candidate[] {
  if (!query || typeof query !== 'object' || Array.isArray(query)) throw new ReconcileInputError('A query must be an object such as {"query": "Wang Yu"}.');
  if (query.query !== undefined && typeof query.query !== 'string') throw new ReconcileInputError('"query" must be a string.');
  const limit = queryLimit(query.limit);
  const types = typeFilter(query.type);
  const constraints = checkConstraints(query.properties);
  const raw = query.query ?? '';
  const text = normaliseName(raw);
  if (text === '' && constraints.length === 0) {
    throw new ReconcileInputError('Each query needs a non-empty "query" string, or "properties" to match on.');
  }
  const ofType = (entity: IndexedEntity) => !types || entity.types.some((t) => types.has(t.id));

  const byId = resolveEntity(index, raw);
  const scored: Scored[] = [];
  if (byId && ofType(byId)) {
    scored.push({ entity: byId, score: 100, exact: true, via: { value: byId.id, normalised: byId.id, lang: '', alias: false }, check: checkProperties(index, byId, constraints), byId: true });
  } else if (text === '') {
    for (const entity of index.entities) {
      if (!ofType(entity)) continue;
      const check = checkProperties(index, entity, constraints);
      if (check.matched === 0 || check.contradicted > 0) continue;
      const score = check.identifying ? 100 : Math.round((80 * check.matched) / constraints.length);
      scored.push({ entity, score, exact: check.identifying, via: { value: '', normalised: '', lang: '', alias: false }, check, byId: false });
    }
  } else {
    for (const entity of index.entities) {
      if (!ofType(entity)) continue;
      let best: { similarity: number; via: IndexedName } | undefined;
      for (const name of entity.names) {
        const similarity = nameSimilarity(text, name.normalised) * (name.alias && name.normalised !== text ? 0.9 : 1);
        if (!best || similarity > best.similarity) best = { similarity, via: name };
      }
      if (!best) continue;
      const check = checkProperties(index, entity, constraints);
      const exact = best.similarity === 1;
      let score = Math.round(best.similarity * 100);
      if (!exact && check.matched > 0) score = Math.min(99, score + 10);
      if (check.contradicted > 0) score = Math.round(score * 0.6);
      if (score >= MIN_SCORE) scored.push({ entity, score, exact, via: best.via, check, byId: false });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));

  const exact = scored.filter((s) => s.exact && s.check.contradicted === 0);
  return scored.slice(0, limit).map((s) => ({
    id: s.entity.id,
    name: s.entity.name,
    type: types ? s.entity.types.filter((t) => types.has(t.id)).concat(s.entity.types.filter((t) => !types.has(t.id))) : s.entity.types,
    score: s.score,
    match: exact.length === 1 && exact[0] === s,
    ...(s.entity.description ? { description: s.entity.description } : {}),
    features: [
      { id: 'name_exact', value: s.exact && !s.byId && s.via.normalised !== '' },
      { id: 'id_exact', value: s.byId },
      { id: 'matched_alias', value: s.via.alias },
      { id: 'matched_chinese_name', value: s.via.lang.startsWith('zh') },
      { id: 'properties_matched', value: s.check.matched },
      { id: 'properties_contradicted', value: s.check.contradicted },
      { id: 'properties_unknown', value: s.check.unknown },
    ],
  }));
}
