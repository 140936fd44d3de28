// Building a release off the main thread: the build is seconds of synchronous work
// (canonicalisation, JSON-LD, RDF/XML) that would stall every other request of the service.
// One worker per build; it exits when done. The result is the same Release buildRelease gives.
import { Worker } from 'node:worker_threads';
import type { BuildOptions, Release } from './build-release.js';
import type { ReleaseFile } from './release-file.js';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);
const ENTRY = new URL(`./release-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url); // .js when built (dist/)

/** The release build failed inside the worker; the message is the worker's error. */
export class ReleaseBuildError extends Error {
  override readonly name = 'ReleaseBuildError';
}

export function buildReleaseInWorker(options: BuildOptions = {}): Promise<Release> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, { workerData: { entry: ENTRY.href, options }, execArgv: [] });
    worker.unref(); // a build in progress never keeps a stopping process alive
    let settled = false;
    worker.once('message', (message: { release?: Release; error?: string }) => {
      settled = true;
      if (message.release) resolve(reviveBuffers(message.release));
      else reject(new ReleaseBuildError(message.error ?? 'release build failed'));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (!settled) reject(new ReleaseBuildError(error.message));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new ReleaseBuildError(`release worker exited with code ${code}`));
    });
  });
}

/** Structured clone turns Buffers into Uint8Arrays; make every file's content a Buffer again. */
function reviveBuffers(release: Release): Release {
  const seen = new Set<ReleaseFile>();
  const revive = (file: ReleaseFile) => {
    if (seen.has(file)) return;
    seen.add(file);
    const content = file.content as Uint8Array;
    (file as { content: Buffer }).content = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  };
  release.files.forEach(revive);
  release.tables.forEach((t) => revive(t.file));
  release.void.files.forEach(revive);
  return release;
}
