// One-shot child process that builds the dataset release (buildRelease: canonicalisation,
// JSON-LD, RDF/XML, tables, checksums — seconds of CPU and ~100 MB of transient memory), sends
// it to its parent (release-process.ts) and exits, so that the memory goes back to the system
// instead of staying in the long-running HTTP process.
// With `fromStore` (the service runs in front of a SPARQL store: SPARQL_BACKEND), the graph is
// read through the store (release-store.ts) with the same environment the service was started
// with, and a store larger than RELEASE_MAX_TRIPLES is refused before anything is read.
import { buildRelease } from '../domain/export/build-release.js';
import { engineConfigFromEnv } from './engine-config.js';
import { releaseMaxTriples, ReleaseTooLargeError } from './release-limit.js';
import type { ReleaseJob, ReleaseReply } from './release-process.js';
import { remoteConfigFromEnv } from './remote/remote-config.js';

if (!process.send) throw new Error('release-child must be started with child_process.fork');
process.on('disconnect', () => process.exit(0));

const job = JSON.parse(process.env.RELEASE_BUILD_OPTIONS ?? '{}') as ReleaseJob;
const started = Date.now();
const send = (reply: ReleaseReply, code: number) => process.send!(reply, () => process.exit(code));
try {
  let release;
  if (job.fromStore) {
    const remote = remoteConfigFromEnv();
    if (!remote) throw new Error('the release was asked of a SPARQL store, but SPARQL_BACKEND is not set');
    // Loaded only here: a release of the service's files never loads the store client.
    const { readReleaseGraph } = await import('./release-store.js');
    const read = await readReleaseGraph(remote, engineConfigFromEnv(), releaseMaxTriples());
    release = await buildRelease(read);
  } else {
    release = await buildRelease(job);
  }
  // maxRSS: the peak resident memory of this process, in KiB (getrusage).
  send({ ok: true, release, cost: { ms: Date.now() - started, maxRssKb: process.resourceUsage().maxRSS } }, 0);
} catch (error) {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const tooLarge = error instanceof ReleaseTooLargeError ? { triples: error.triples, limit: error.limit } : undefined;
  send({ ok: false, message, ...(tooLarge ? { tooLarge } : {}) }, 1);
}
