// How large a release built on the fly from a SPARQL store may be (release-store.ts), and the
// error that says it is larger. Its own file, free of the store client, so the HTTP process can
// recognise the error without loading the remote engine.

/** Default RELEASE_MAX_TRIPLES (see releaseMaxTriples). */
export const DEFAULT_RELEASE_MAX_TRIPLES = 100_000;

/** The store holds more triples than a release built on the fly may hold. */
export class ReleaseTooLargeError extends Error {
  override readonly name = 'ReleaseTooLargeError';
  constructor(
    readonly triples: number,
    readonly limit: number,
  ) {
    super(
      `The SPARQL store holds ${triples} triples in the release's graphs, more than RELEASE_MAX_TRIPLES (${limit}) for a release built on the fly. ` +
        'Build it offline instead: `SPARQL_BACKEND=<the store\'s endpoint> npx kg export --from-store --out DIR` on a machine with the memory for it, and publish DIR.',
    );
  }
}

/**
 * RELEASE_MAX_TRIPLES: most triples (in the release's three graphs together) of a release built
 * on the fly from a store. Default 100,000 (13× the bundled graph). Measured with
 * scripts/release/measure-release.ts on a store of 97,225 triples (the bundled data graph copied
 * 20 times): 36 s, 0.8–0.9 GB peak RSS in the release child, and 70 MB of files that the HTTP process
 * then keeps; all three grow about linearly, so 1M triples would be ~9 GB in the child and ~700 MB
 * in the HTTP process. 0 turns the on-the-fly release off. An invalid value throws.
 */
export function releaseMaxTriples(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.RELEASE_MAX_TRIPLES;
  if (value === undefined || value.trim() === '') return DEFAULT_RELEASE_MAX_TRIPLES;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`RELEASE_MAX_TRIPLES must be a non-negative integer, got "${value}"`);
  return n;
}

