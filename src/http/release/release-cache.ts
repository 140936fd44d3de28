// The release the service offers for download: built once per process (server.ts starts it at
// start-up), in a one-shot child process (the build is seconds of CPU that must not stall other
// requests, and its transient memory goes back with the child), and kept in memory (~4 MB). A
// failed build is forgotten so the next request tries again; a store too large for a release on
// the fly (ReleaseTooLargeError) is remembered, since the service never writes to the store.
// In front of a SPARQL store (SPARQL_BACKEND) the release is read through the store, not from
// the service's files (src/engine/release-store.ts), so it holds what /sparql answers.
import { buildReleaseInChild } from '../../engine/release-process.js';
import { ReleaseTooLargeError } from '../../engine/release-limit.js';
import { remoteConfigFromEnv } from '../../engine/remote/remote-config.js';
import type { Release } from '../../domain/export/build-release.js';

let pending: Promise<Release> | undefined;

export function sharedRelease(): Promise<Release> {
  pending ??= buildReleaseInChild({ fromStore: remoteConfigFromEnv() !== null }).catch((error: unknown) => {
    if (!(error instanceof ReleaseTooLargeError)) pending = undefined;
    // Logged here, once per build: clients get a message without the child's details (release-routes.ts).
    console.error(`Release build failed${pending ? '' : ' (tried again on the next request)'}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });
  return pending;
}
