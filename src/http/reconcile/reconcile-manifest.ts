// The service manifest (Reconciliation API v0.2, "Service Manifest"), answered on GET /reconcile
// without queries. OpenRefine reads `view` to link ids to entity pages, `preview` for the hover
// card, `suggest` for typing assistance and `extend` for "Add columns from reconciled values".
import { DEFAULT_TYPE_IDS, IDENTIFIER_SPACE, RECONCILE_TYPES, SCHEMA_SPACE } from '../../domain/reconcile/reconcile-types.js';

/** `base` is the service's public base URL, ending in "/". */
export function reconcileManifest(base: string): Record<string, unknown> {
  const service = `${base}reconcile`;
  return {
    versions: ['0.2'],
    name: 'HRD reprisals knowledge graph (persons, organisations, UN bodies, places)',
    identifierSpace: IDENTIFIER_SPACE,
    schemaSpace: SCHEMA_SPACE,
    defaultTypes: RECONCILE_TYPES.filter((t) => (DEFAULT_TYPE_IDS as readonly string[]).includes(t.id)).map(({ id, name }) => ({ id, name })),
    // Not `${base}id/{{id}}`: 0.2 clients percent-encode the id ("person%2Fcao-shunli"), and type
    // ids (extend property `type`) are no /id/ pages. The view route decodes and redirects.
    view: { url: `${service}/view?id={{id}}` },
    preview: { url: `${service}/preview?id={{id}}`, width: 420, height: 180 },
    suggest: {
      entity: { service_url: service, service_path: '/suggest/entity' },
      type: { service_url: service, service_path: '/suggest/type' },
      property: { service_url: service, service_path: '/suggest/property' },
    },
    extend: {
      propose_properties: { service_url: service, service_path: '/extend/propose' },
      property_settings: [],
    },
  };
}
