// Writing a built release to a folder (dist/ by default). The folder is emptied first so no file
// of an older release survives — but only when it is absent, empty, or already a release (holds
// SHA256SUMS): a mistyped --out never wipes an unrelated folder.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Release } from './build-release.js';

/** The output folder holds files but is not a release: refusing to empty it. */
export class UnsafeOutputDirError extends Error {
  override readonly name = 'UnsafeOutputDirError';
  constructor(readonly dir: string) {
    super(`${dir} is not empty and holds no SHA256SUMS, so it is not a release folder; choose another --out or empty it`);
  }
}

export function writeRelease(release: Release, dir: string): void {
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes('SHA256SUMS')) throw new UnsafeOutputDirError(dir);
    for (const entry of entries) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  for (const file of release.files) {
    const target = path.join(dir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}
