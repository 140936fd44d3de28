// What every entity tag of the service is derived from, besides the request: the version of the
// graph and the version of the code that renders it. Both are computed once per process.
//   graph version — SHA-256 over the bundled graph's files (store/graph-files.ts), names and
//                   bytes, in their sorted order: the same files give the same version on every
//                   machine and after every restart. A remote store can supply its own value
//                   instead (AppOptions.graphVersion).
//   code version  — SHA-256 over src/ and package-lock.json: a new release renders the same graph
//                   differently (an HTML template, a serialiser), and a strong ETag must change
//                   whenever the bytes can (RFC 9110 §8.8.3).
// Cost: reading about 2 MB of files once (a few ms).
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import { graphFiles } from '../../store/graph-files.js';

function hashFiles(hash: Hash, files: readonly string[]): Hash {
  for (const file of files) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return hash;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

let graph: string | undefined;
/** The version of the bundled graph: 16 hex digits of SHA-256 over its files. */
export function bundledGraphVersion(): string {
  graph ??= hashFiles(createHash('sha256'), graphFiles().map((f) => f.path)).digest('hex').slice(0, 16);
  return graph;
}

let code: string | undefined;
/** The version of the running code (src/ and the locked dependencies): 16 hex digits. */
export function codeVersion(): string {
  if (code === undefined) {
    const files = filesUnder(path.join(PROJECT_ROOT, 'src'));
    const lock = path.join(PROJECT_ROOT, 'package-lock.json');
    code = hashFiles(createHash('sha256'), existsSync(lock) ? [...files, lock] : files).digest('hex').slice(0, 16);
  }
  return code;
}
