// The release the service offers for download: built once per process (server.ts starts it at
// start-up), in a one-shot child process (the build is seconds of CPU that must not stall other
// requests, and its transient memory goes back with the child), and kept in memory (~4 MB). A
// failed build is forgotten so the next request tries again.
import { buildReleaseInChild } from '../../engine/release-process.js';
import type { Release } from '../../domain/export/build-release.js';

let pending: Promise<Release> | undefined;

export function sharedRelease(): Promise<Release> {
  pending ??= buildReleaseInChild().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
