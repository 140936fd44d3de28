// A user's own RDF served by `kg serve --data` (src/cli/serve.ts): what the HTTP layer needs to
// dereference its IRIs and publish it as a release, instead of the bundled report's graph.
import type { Quad } from 'n3';
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { PREFIXES } from '../../vocab.js';

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
  /** Prefixes the Turtle and TriG files declare (name → namespace), used when writing the data back. */
  readonly prefixes: Readonly<Record<string, string>>;
  /** The same quads, indexed for entity descriptions. */
  readonly graph: EntityGraph;
}

/**
 * The project's prefixes with the user's over them. The empty prefix is left out: it is no JSON-LD
 * term (JSON-LD 1.1 §9.2), and one table serves every syntax.
 */
export function withUserPrefixes(prefixes: Readonly<Record<string, string>>): Record<string, string> {
  return { ...PREFIXES, ...Object.fromEntries(Object.entries(prefixes).filter(([name]) => name !== '')) };
}
