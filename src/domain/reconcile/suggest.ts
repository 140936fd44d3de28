// Suggest services (Reconciliation API v0.2, "Suggest Services"): what OpenRefine offers while a
// curator types a name, a type or a property. Prefix matching on normalised names: any word of a
// name (or the whole Chinese name) starting with the typed text.
import { proposeProperties } from './entity-properties.js';
import { normaliseName } from './name-similarity.js';
import type { ReconcileIndex } from './reconcile-index.js';
import { RECONCILE_TYPES } from './reconcile-types.js';

export interface Suggestion {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
}

export const SUGGEST_LIMIT = 10;

function startsWithWord(name: string, prefix: string): boolean {
  return name.startsWith(prefix) || name.split(' ').some((word) => word.startsWith(prefix)) || name.includes(` ${prefix}`);
}

export function suggestEntities(index: ReconcileIndex, prefix: string, typeId?: string): Suggestion[] {
  const p = normaliseName(prefix);
  if (p === '') return [];
  return index.entities
    .filter((e) => !typeId || e.types.some((t) => t.id === typeId))
    .filter((e) => e.names.some((n) => startsWithWord(n.normalised, p)))
    .slice(0, SUGGEST_LIMIT)
    .map((e) => ({ id: e.id, name: e.name, ...(e.description ? { description: e.description } : {}) }));
}

export function suggestTypes(prefix: string): Suggestion[] {
  const p = normaliseName(prefix);
  return RECONCILE_TYPES.filter((t) => startsWithWord(normaliseName(`${t.id} ${t.name}`), p)).map(({ id, name }) => ({ id, name }));
}

export function suggestProperties(prefix: string): Suggestion[] {
  const p = normaliseName(prefix);
  return proposeProperties().filter((prop) => startsWithWord(normaliseName(`${prop.id} ${prop.name}`), p));
}
