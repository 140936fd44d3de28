// Project paths and the graph's IRI base. Everything that names a file or a namespace of the
// project is here, so the rest of the code never builds a path or a base IRI by hand.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Root of the project (the folder holding package.json). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The documented base of every IRI the project mints; the service maps it to its own address. */
export const BASE_IRI = 'https://w3id.org/hrd-reprisals/';

export const ONTOLOGY_DIR = path.join(PROJECT_ROOT, 'ontology');
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
export const QUERIES_DIR = path.join(PROJECT_ROOT, 'queries');

/** The report's text, against which every source passage is checked (offsets in code points). */
export const SOURCE_TEXT_FILE = path.join(
  DATA_DIR,
  'source',
  'chrd-2018-11-01-reprisals-against-hrds-cooperating-with-un.txt',
);

/** The SHACL shapes file; it is not part of the served graph. */
export const SHAPES_FILE = path.join(ONTOLOGY_DIR, 'shapes.ttl');
