// The release the service offers for download: built once per process, on the first request
// for it, in a worker thread (the build is seconds of CPU that must not stall other requests),
// and kept in memory (~4 MB). A failed build is forgotten so the next request tries again.
import { buildReleaseInWorker } from '../../domain/export/build-in-worker.js';
import type { Release } from '../../domain/export/build-release.js';

let pending: Promise<Release> | undefined;

export function sharedRelease(): Promise<Release> {
  pending ??= buildReleaseInWorker().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
