// The worker thread that builds a release (build-in-worker.ts starts it): builds, posts the
// Release back (Buffers arrive as Uint8Arrays) or posts the error's message, then exits.
import { parentPort, workerData } from 'node:worker_threads';
import { buildRelease, type BuildOptions } from './build-release.js';

const { options } = workerData as { options: BuildOptions };
try {
  parentPort!.postMessage({ release: await buildRelease(options) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
}
