// A validation report kept on disk, keyed by everything that decides it, so that a restart of an
// unchanged service does not validate again (SHACL, passage checks and rules: 2–3 s of CPU, the
// largest part of start-up). The key is a SHA-256 over the bytes of every graph file, the shapes,
// the report's source text, the validating code (every file of the domain layer, .ts or .js,
// whichever is running) and the SHACL engine's version: change any of them and the graph is
// validated again. Only a conforming report is kept: a graph that fails is re-validated on every
// start and its full report printed.
//   VALIDATION_CACHE_DIR  where reports are kept (default .cache/validation/ in the project)
//   VALIDATION_CACHE=off  always validate
// Cost: reading and hashing about 1 MB (a few ms).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, SHAPES_FILE, SOURCE_TEXT_FILE } from '../config.js';
import type { ValidationReport } from '../domain/validation-report.js';
import { graphFiles } from '../store/graph-files.js';

/** The running domain layer (src/domain or dist/domain). */
const DOMAIN_DIR = fileURLToPath(new URL('../domain/', import.meta.url));

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.VALIDATION_CACHE === 'off') return undefined;
  return env.VALIDATION_CACHE_DIR || path.join(PROJECT_ROOT, '.cache', 'validation');
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|json|jsonld)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function shaclEngineVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return String((JSON.parse(readFileSync(require.resolve('shacl-engine/package.json'), 'utf8')) as { version?: string }).version);
  } catch {
    return 'unknown';
  }
}

/** The cache key of the bundled graph's validation as the code now running would do it. */
export function validationKey(): string {
  const hash = createHash('sha256');
  const add = (label: string, file: string) => hash.update(`${label}\0${path.relative(PROJECT_ROOT, file)}\0`).update(readFileSync(file));
  for (const file of graphFiles()) add('graph', file.path);
  add('shapes', SHAPES_FILE);
  add('text', SOURCE_TEXT_FILE);
  for (const file of codeFiles(DOMAIN_DIR)) add('code', file);
  hash.update(`shacl-engine\0${shaclEngineVersion()}`);
  return hash.digest('hex');
}

/** The kept report for `key`, if any (a conforming one: only those are kept). */
export function cachedReport(key: string, env: NodeJS.ProcessEnv = process.env): ValidationReport | undefined {
  const dir = cacheDir(env);
  if (!dir) return undefined;
  try {
    const report = JSON.parse(readFileSync(path.join(dir, `${key}.json`), 'utf8')) as ValidationReport;
    return report.conforms === true && Array.isArray(report.violations) ? report : undefined;
  } catch {
    return undefined; // none yet, unreadable or damaged: validate
  }
}

/** Keeps a conforming report under `key` (written to a temporary name, then renamed). Never throws. */
export function keepReport(key: string, report: ValidationReport, env: NodeJS.ProcessEnv = process.env): void {
  const dir = cacheDir(env);
  if (!dir || !report.conforms) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${key}.json`);
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(report));
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only installation simply validates on every start.
  }
}
