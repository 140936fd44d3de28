// SHA256SUMS: one line per release file, `sha256sum -c SHA256SUMS` format (hash, two spaces,
// path), sorted by path. It lists every file but itself, so it is the last file written.
import { sha256, type ReleaseFile } from './release-file.js';

export function checksumsFile(files: readonly ReleaseFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256(f)}  ${f.path}\n`)
    .join('');
}
