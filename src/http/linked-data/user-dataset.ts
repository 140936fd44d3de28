// A user's own RDF served by `kg serve --data` (src/cli/serve.ts): what the HTTP layer needs to
// dereference its IRIs and publish it as a release, instead of the bundled report's graph.
import type { Quad } from 'n3';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';

/** One input file, as the release's VoID description lists it. */
export interface UserDataFile {
  /** The path as given on the command line (relative paths kept relative). */
  readonly path: string;
  readonly bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

export interface UserDataset {
  /**
   * The IRI base served at the server's root (`--base`): GET /P describes `base + P` (Trifid's
   * datasetBaseUrl rule). Undefined: entity descriptions only at /resource?iri=…
   */
  readonly base?: string;
  readonly files: readonly UserDataFile[];
  /** Every quad of the data, named graphs kept (the release's dumps). */
  readonly quads: readonly Quad[];
  /** The same quads, indexed for entity descriptions. */
  readonly graph: EntityGraph;
}
