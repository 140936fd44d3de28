// Suggest services (Reconciliation API v0.2, "Suggest Services"): what OpenRefine offers while a
// curator types a name, a type or a property. Prefix matching on normalised names: any word of a
// name (or the whole Chinese name) starting with the typed text; an entity id or IRI as the prefix
// finds that entity first. Ranked: a name equal to the prefix, then a name starting with it, then
// a word starting with it; ties by name. Paged with `cursor` (an offset, as 0.2 defines it) and
// `limit`; the whole list is computed per request (a few hundred names: cheap).
import { resolveEntity } from './entity-id.js';
import { proposeProperties } from './entity-properties.js';
import { ReconcileInputError } from './match-query.js';
import { normaliseName } from './name-similarity.js';
import type { ReconcileIndex } from './reconcile-index.js';
import { RECONCILE_TYPES } from './reconcile-types.js';

export interface Suggestion {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

export interface Page {
  /** Offset of the first result (0.2 `cursor`). Default 0. */
  readonly cursor?: number;
  /** Most results. Default SUGGEST_LIMIT, at most MAX_SUGGEST_LIMIT. */
  readonly limit?: number;
}

export const SUGGEST_LIMIT = 10;
export const MAX_SUGGEST_LIMIT = 100;

/** Checks a client's cursor and limit (strings from a query string or numbers). */
export function readPage(cursor: unknown, limit: unknown): Required<Page> {
  const number = (value: unknown, name: string, min: number, fallback: number): number => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new ReconcileInputError(`"${name}" must be an integer of at least ${min}, not ${JSON.stringify(value)}.`);
    return n;
  };
  return { cursor: number(cursor, 'cursor', 0, 0), limit: Math.min(number(limit, 'limit', 1, SUGGEST_LIMIT), MAX_SUGGEST_LIMIT) };
}

function rank(name: string, prefix: string): number {
  if (name === prefix) return 0;
  if (name.startsWith(prefix)) return 1;
  if (name.split(' ').some((word) => word.startsWith(prefix)) || name.includes(` ${prefix}`)) return 2;
  return Number.POSITIVE_INFINITY;
}

const slice = <T>(items: readonly T[], page: Page): T[] => {
  const cursor = page.cursor ?? 0;
  return items.slice(cursor, cursor + Math.min(page.limit ?? SUGGEST_LIMIT, MAX_SUGGEST_LIMIT));
};

export function suggestEntities(index: ReconcileIndex, prefix: string, typeId?: string, page: Page = {}): Suggestion[] {
  const p = normaliseName(prefix);
  const byId = resolveEntity(index, prefix);
  const ranked = index.entities
    .filter((e) => !typeId || e.types.some((t) => t.id === typeId))
    .map((e) => ({ e, rank: e === byId ? -1 : p === '' ? Number.POSITIVE_INFINITY : Math.min(...e.names.map((n) => rank(n.normalised, p))) }))
    .filter((r) => Number.isFinite(r.rank))
    .sort((a, b) => a.rank - b.rank || a.e.name.localeCompare(b.e.name) || a.e.id.localeCompare(b.e.id));
  return slice(ranked, page).map(({ e }) => ({ id: e.id, name: e.name, ...(e.description ? { description: e.description } : {}) }));
}

export function suggestTypes(prefix: string, page: Page = {}): Suggestion[] {
  const p = normaliseName(prefix);
  const types = RECONCILE_TYPES.filter((t) => rank(normaliseName(`${t.id} ${t.name}`), p) < Infinity || rank(normaliseName(t.name), p) < Infinity);
  return slice(types, page).map(({ id, name }) => ({ id, name }));
}

export function suggestProperties(prefix: string, page: Page = {}): Suggestion[] {
  const p = normaliseName(prefix);
  const matching = proposeProperties().filter((prop) => rank(normaliseName(`${prop.id} ${prop.name}`), p) < Infinity || rank(normaliseName(prop.name), p) < Infinity);
  return slice(matching, page);
}
