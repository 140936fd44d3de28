// The error of a view that needs the whole graph in the process (browse lists, the timeline,
// network and map, the ontology page, the API's lists but /api/acts, act filters other than
// years) when the remote store is larger than ENTITY_GRAPH_MAX_TRIPLES and so was not copied at
// start-up (src/engine/create-engine.ts). The HTTP layer answers it 503 with this message
// (src/http/errors.ts); entity pages, their RDF and JSON-LD, /resource, the API's items,
// /api/acts, search and reconciliation read the store per request and keep working.
export class WholeGraphOffError extends Error {
  override readonly name = 'WholeGraphOffError';
  constructor(
    readonly triples: number,
    readonly limit: number,
  ) {
    super(
      `This view needs the whole graph in the service, and the store holds ${triples} triples, more than ENTITY_GRAPH_MAX_TRIPLES (${limit}), ` +
        'so it was not copied at start-up. Entity pages (/id/…), their RDF and JSON-LD, /resource?iri=, /api/{kind}/{slug}, /api/acts (from, to, paging), /search and /reconcile work at any size; ' +
        'query /sparql for lists. The operator can raise ENTITY_GRAPH_MAX_TRIPLES (about 0.6 KB of memory per triple).',
    );
  }
}
