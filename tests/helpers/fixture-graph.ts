// The files of a test graph: the ontology (for classes and concept schemes) plus fixtures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ONTOLOGY_DIR, SHAPES_FILE } from '../../src/config.js';
import { turtleFilesUnder, type GraphFile } from '../../src/store/graph-files.js';

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const BASE_FIXTURE = path.join(FIXTURES_DIR, 'base.ttl');

/** Path of a fixture under tests/fixtures/broken/. */
export function broken(name: string): string {
  return path.join(FIXTURES_DIR, 'broken', name);
}

/** The ontology files (shapes excluded) followed by `fixtures` as data. */
export function fixtureGraph(...fixtures: string[]): GraphFile[] {
  const ontology = turtleFilesUnder(ONTOLOGY_DIR)
    .filter((file) => path.resolve(file) !== path.resolve(SHAPES_FILE))
    .map((file) => ({ path: file, part: 'ontology' as const }));
  return [...ontology, ...fixtures.map((file) => ({ path: file, part: 'data' as const }))];
}
