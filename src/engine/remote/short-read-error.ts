// A paged read of a store (RemoteSparqlEngine.readAll for the entity graph, readGraph for the
// release) came back with fewer triples than the store counts: the store cuts its answers
// (Virtuoso's ResultSetMaxRows, 10,000 by default outside deploy/virtuoso/virtuoso.ini) and the
// paging, which stops at the first short page, ended early. Thrown instead of serving a partial
// copy as if it were the graph; its message says which setting to raise.
export class StoreShortReadError extends Error {
  override readonly name = 'StoreShortReadError';
  constructor(
    /** What was read, e.g. `<…/graph/data>` or `the default graph`. */
    readonly what: string,
    readonly read: number,
    readonly counted: number,
  ) {
    super(
      `The store answered ${read} of the ${counted} triples of ${what} it counts: it cuts results ` +
        '(Virtuoso: raise ResultSetMaxRows in [SPARQL] to at least 100000, as deploy/virtuoso/virtuoso.ini does).',
    );
  }
}
