// Reading an entity id the way clients send it (Reconciliation API v0.2 §"Identifiers": a client
// percent-encodes ids in URL templates and may send them back as it stored them). Accepted, all for
// the same entity: `person/cao-shunli`, `person%2Fcao-shunli`, the full IRI
// `https://w3id.org/hrd-reprisals/id/person/cao-shunli` (encoded or not), and this service's own
// dereferenceable URL `http://host/id/person/cao-shunli`. Pure; one map lookup per form.
import type { IndexedEntity, ReconcileIndex } from './reconcile-index.js';
import { IDENTIFIER_SPACE } from './reconcile-types.js';

/** Any http(s) URL whose path has an /id/ segment: the rest is the id. */
const SERVED_ID = /^https?:\/\/[^/?#]+(?:\/[^?#]*)?\/id\/([^?#]+)$/u;

function decoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The local id (`person/cao-shunli`) a client's id stands for, before checking the graph. */
export function localId(raw: string): string {
  let id = decoded(raw.trim());
  if (id.startsWith(IDENTIFIER_SPACE)) id = id.slice(IDENTIFIER_SPACE.length);
  else {
    const served = SERVED_ID.exec(id);
    if (served?.[1]) id = served[1];
  }
  return decoded(id).replace(/^\/+|\/+$/gu, '');
}

/** The entity a client's id stands for, or undefined. */
export function resolveEntity(index: ReconcileIndex, raw: unknown): IndexedEntity | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return index.byId(raw) ?? index.byId(localId(raw));
}
