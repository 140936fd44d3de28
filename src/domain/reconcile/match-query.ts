// Reconciling one query (Reconciliation API v0.2, "Query Request"/"Query Response"): the
// candidates whose names resemble the query, best first, with `match: true` only when exactly one
// entity of the requested types carries the query as an exact (normalised) name or alias and the
// query's property constraints do not contradict it. Anything partial, reordered, or shared by two
// entities is a candidate for a curator to choose, never a match.
import { normaliseName, nameSimilarity } from './name-similarity.js';
import { propertyValues, findProperty } from './entity-properties.js';
import type { IndexedEntity, IndexedName, ReconcileIndex } from './reconcile-index.js';
import { RECONCILE_TYPES, type Candidate, type ExtendValue, type PropertyConstraint, type ReconcileQuery } from './reconcile-types.js';

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
  readonly propertyMatch: number;
}

function typeFilter(type: ReconcileQuery['type']): Set<string> | undefined {
  if (type === undefined || type === null || type === '') return undefined;
  const ids = (Array.isArray(type) ? type : [type]) as string[];
  for (const id of ids) {
    if (!RECONCILE_TYPES.some((t) => t.id === id)) {
      throw new ReconcileInputError(`Unknown type "${id}"; use one of ${RECONCILE_TYPES.map((t) => t.id).join(', ')}.`);
    }
  }
  return new Set(ids);
}

/** 1 when every constraint holds, 0 when there are none, -1 when one is contradicted. */
function checkProperties(index: ReconcileIndex, entity: IndexedEntity, constraints: readonly PropertyConstraint[]): number {
  let matched = 0;
  for (const { pid, v } of constraints) {
    if (!findProperty(pid)) throw new ReconcileInputError(`Unknown property "${pid}"; see /reconcile/extend/propose for the list.`);
    const wanted = (Array.isArray(v) ? v : [v]).map(constraintText).filter((t) => t !== '');
    if (wanted.length === 0) continue;
    const have = propertyValues(index, entity, pid).flatMap(valueTexts);
    if (!wanted.some((w) => have.includes(w))) return -1;
    matched += 1;
  }
  return matched > 0 ? 1 : 0;
}

function constraintText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return normaliseName(String(v));
  if (v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string') return normaliseName((v as { id: string }).id);
  return '';
}

function valueTexts(value: ExtendValue): string[] {
  if ('str' in value) return [normaliseName(value.str)];
  if ('id' in value) return [normaliseName(value.id), normaliseName(value.name)];
  if ('date' in value) return [normaliseName(value.date)];
  return [normaliseName(String(value.int))];
}

export function reconcile(index: ReconcileIndex, query: ReconcileQuery): Candidate[] {
  if (typeof query.query !== 'string' || query.query.trim() === '') {
    throw new ReconcileInputError('Each query needs a non-empty "query" string.');
  }
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new ReconcileInputError('"limit" must be a positive integer.');
  const types = typeFilter(query.type);
  const constraints = query.properties ?? [];
  if (!Array.isArray(constraints) || constraints.some((c) => !c || typeof c !== 'object')) {
    throw new ReconcileInputError('"properties" must be a list of {pid, v}.');
  }
  const text = normaliseName(query.query);

  const scored: Scored[] = [];
  for (const entity of index.entities) {
    if (types && !entity.types.some((t) => types.has(t.id))) continue;
    let best: { similarity: number; via: IndexedName } | undefined;
    for (const name of entity.names) {
      const similarity = nameSimilarity(text, name.normalised) * (name.alias && name.normalised !== text ? 0.9 : 1);
      if (!best || similarity > best.similarity) best = { similarity, via: name };
    }
    if (!best) continue;
    const propertyMatch = checkProperties(index, entity, constraints);
    const exact = best.similarity === 1;
    let score = Math.round(best.similarity * 100);
    if (!exact) score = Math.min(99, score + (propertyMatch > 0 ? 10 : 0));
    if (propertyMatch < 0) score = Math.round(score * 0.6);
    if (score >= MIN_SCORE) scored.push({ entity, score, exact, via: best.via, propertyMatch });
  }
  scored.sort((a, b) => b.score - a.score || a.entity.id.localeCompare(b.entity.id));

  const exact = scored.filter((s) => s.exact && s.propertyMatch >= 0);
  return scored.slice(0, Math.min(limit, MAX_LIMIT)).map((s) => ({
    id: s.entity.id,
    name: s.entity.name,
    type: types ? s.entity.types.filter((t) => types.has(t.id)).concat(s.entity.types.filter((t) => !types.has(t.id))) : s.entity.types,
    score: s.score,
    match: exact.length === 1 && exact[0] === s,
    ...(s.entity.description ? { description: s.entity.description } : {}),
    features: [
      { id: 'name_exact', value: s.exact },
      { id: 'matched_alias', value: s.via.alias },
      { id: 'matched_chinese_name', value: s.via.lang.startsWith('zh') },
      { id: 'properties_match', value: s.propertyMatch },
    ],
  }));
}
