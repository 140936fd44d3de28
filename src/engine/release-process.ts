// Parent side of release-child.ts: builds the dataset release in a one-shot child process and
// resolves with it. The build is seconds of synchronous work that would stall every request of
// the HTTP process, and its transient memory would stay in that process after it; a child gives
// both back. The Release crosses the boundary by structured clone ("advanced" serialization):
// its files' Buffers arrive as Uint8Arrays and are made Buffers again. A release read from a
// SPARQL store (`fromStore`) is built the same way; a store above RELEASE_MAX_TRIPLES rejects with
// ReleaseTooLargeError (release-limit.ts) before the child reads anything.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Release } from '../domain/export/build-release.js';
import type { ReleaseFile } from '../domain/export/release-file.js';
import { loaderArgs } from './engine-process.js';
import { ReleaseTooLargeError } from './release-limit.js';

/** The release build failed in its process; the message is the child's error. */
export class ReleaseBuildError extends Error {
  override readonly name = 'ReleaseBuildError';
}

/** What the child is asked to build: the serialisable build options, or the store's release. */
export type ReleaseJob = Pick<BuildOptions, 'graphFiles' | 'issued' | 'linksDir'> & {
  /** Read the graph through the SPARQL store of SPARQL_BACKEND (release-store.ts) instead of files. */
  readonly fromStore?: boolean;
};

/** What a build cost the child: wall time and peak resident memory (KiB). */
export interface ReleaseCost {
  readonly ms: number;
  readonly maxRssKb: number;
}

export type ReleaseReply =
  | { readonly ok: true; readonly release: Release; readonly cost: ReleaseCost }
  | { readonly ok: false; readonly message: string; readonly tooLarge?: { readonly triples: number; readonly limit: number } };

export function buildReleaseInChild(options: ReleaseJob = {}, onCost: (cost: ReleaseCost) => void = () => undefined): Promise<Release> {
  const entry = new URL(`./release-child.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  const child = fork(fileURLToPath(entry), [], {
    execArgv: loaderArgs(entry),
    env: { ...process.env, RELEASE_BUILD_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  child.unref(); // a build in progress never keeps a stopping process alive
  child.channel?.unref();
  return new Promise((resolve, reject) => {
    let reply: ReleaseReply | undefined;
    child.on('message', (message: ReleaseReply) => (reply = message));
    child.on('error', (error) => reject(new ReleaseBuildError(error.message)));
    child.on('exit', (code, signal) => {
      if (reply?.ok) {
        onCost(reply.cost);
        resolve(reviveBuffers(reply.release));
      } else if (reply?.tooLarge) reject(new ReleaseTooLargeError(reply.tooLarge.triples, reply.tooLarge.limit));
      else reject(new ReleaseBuildError(reply ? reply.message : `the release process ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
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
