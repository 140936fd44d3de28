// Two builds of the same input give byte-identical files, and writing them gives identical
// folders; the output folder is emptied only when it is a release folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRelease } from '../../../src/domain/export/build-release.js';
import { UnsafeOutputDirError, writeRelease } from '../../../src/domain/export/write-release.js';
import { BUILD_TIMEOUT, bundledRelease } from './release-helper.js';

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('the release build', () => {
  it('is deterministic: a second build gives the same bytes', async () => {
    const first = await bundledRelease();
    const second = await buildRelease();
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    for (const [i, file] of first.files.entries()) expect(second.files[i]!.content.equals(file.content), file.path).toBe(true);
  }, BUILD_TIMEOUT);

  it('writes the files it built, and replaces an older release in the folder', async () => {
    const release = await bundledRelease();
    const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
    writeFileSync(path.join(dir, 'SHA256SUMS'), 'old');
    writeFileSync(path.join(dir, 'stale.csv'), 'old');
    writeRelease(release, dir);
    expect(listFiles(dir).sort()).toEqual(release.files.map((f) => f.path).sort());
    for (const file of release.files) expect(readFileSync(path.join(dir, file.path)).equals(file.content)).toBe(true);
  }, BUILD_TIMEOUT);

  it('refuses to empty a folder that is not a release', async () => {
    const release = await bundledRelease();
    const dir = mkdtempSync(path.join(tmpdir(), 'not-a-release-'));
    mkdirSync(path.join(dir, 'src'));
    expect(() => writeRelease(release, dir)).toThrow(UnsafeOutputDirError);
    expect(readdirSync(dir)).toEqual(['src']);
  }, BUILD_TIMEOUT);
});
