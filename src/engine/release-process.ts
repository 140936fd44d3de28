// Parent side of release-child.ts: builds the dataset release in a one-shot child process and
// resolves with it. The build is seconds of synchronous work that would stall every request of
// the HTTP process, and its transient memory would stay in that process after it; a child gives
// both back. The Release crosses the boundary by structured clone ("advanced" serialization):
// its files' Buffers arrive as Uint8Arrays and are made Buffers again.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Release } from '../domain/export/build-release.js';
import type { ReleaseFile } from '../domain/export/release-file.js';
import { loaderArgs } from './engine-process.js';

/** The release build failed in its process; the message is the child's error. */
export class ReleaseBuildError extends Error {
  override readonly name = 'ReleaseBuildError';
}

type ChildReply = { readonly ok: true; readonly release: Release } | { readonly ok: false; readonly message: string };

export function buildReleaseInChild(options: BuildOptions = {}): Promise<Release> {
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
    let reply: ChildReply | undefined;
    child.on('message', (message: ChildReply) => (reply = message));
    child.on('error', (error) => reject(new ReleaseBuildError(error.message)));
    child.on('exit', (code, signal) => {
      if (reply?.ok) resolve(reviveBuffers(reply.release));
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
