// Data extension (Reconciliation API v0.2, "Data Extension"): for reconciled ids, the values of
// the requested properties, in the response shape OpenRefine reads: `meta` (the properties) and
// `rows` (per id, per property, a list of values). Unknown ids get empty cells, not an error, as
// a column may hold ids from an older version of the graph. Ids may be encoded or full IRIs
// (entity-id.ts); each row is keyed by the id exactly as the client sent it.
import { resolveEntity } from './entity-id.js';
import { findProperty, propertyValues } from './entity-properties.js';
import { ReconcileInputError } from './match-query.js';
import type { ReconcileIndex } from './reconcile-index.js';
import type { ExtendProperty, ExtendValue } from './reconcile-types.js';

export interface ExtendRequest {
  readonly ids: readonly string[];
  readonly properties: readonly { readonly id: string }[];
}

export interface ExtendResponse {
  readonly meta: readonly ExtendProperty[];
  readonly rows: Readonly<Record<string, Readonly<Record<string, readonly ExtendValue[]>>>>;
}

export const MAX_EXTEND_IDS = 1000;

export function extendData(index: ReconcileIndex, request: ExtendRequest): ExtendResponse {
  if (!request || !Array.isArray(request.ids) || !Array.isArray(request.properties) || request.properties.some((p) => !p || typeof p !== 'object')) {
    throw new ReconcileInputError('"extend" must be {"ids": [...], "properties": [{"id": ...}]}.');
  }
  if (request.ids.length > MAX_EXTEND_IDS) throw new ReconcileInputError(`At most ${MAX_EXTEND_IDS} ids per extend request.`);
  const meta = request.properties.map(({ id }) => {
    const property = typeof id === 'string' ? findProperty(id) : undefined;
    if (!property) throw new ReconcileInputError(`Unknown property "${String(id)}"; see /reconcile/extend/propose.`);
    return { id: property.id, name: property.name };
  });
  const rows: Record<string, Record<string, ExtendValue[]>> = {};
  for (const id of request.ids) {
    const entity = resolveEntity(index, id);
    rows[String(id)] = Object.fromEntries(meta.map((p) => [p.id, entity ? propertyValues(index, entity, p.id) : []]));
  }
  return { meta, rows };
}
