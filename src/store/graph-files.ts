// Which files make up the served graph. The ontology folder (minus the SHACL shapes) and every
// Turtle file under data/, in a stable sorted order so loads and dumps are deterministic.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, ONTOLOGY_DIR, SHAPES_FILE } from '../config.js';

/** Which part of the release a file belongs to (one named graph each in N-Quads dumps). */
export type GraphPart = 'ontology' | 'data' | 'links';

export interface GraphFile {
  readonly path: string;
  readonly part: GraphPart;
}

/** Every `.ttl` file below `dir`, recursively, sorted by path. */
export function turtleFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...turtleFilesUnder(full));
    else if (name.endsWith('.ttl')) out.push(full);
  }
  return out;
}

/** The files of the bundled graph: ontology, report data, and Wikidata links (data/links/). */
export function graphFiles(): GraphFile[] {
  const ontology = turtleFilesUnder(ONTOLOGY_DIR)
    .filter((file) => path.resolve(file) !== path.resolve(SHAPES_FILE))
    .map((file) => ({ path: file, part: 'ontology' as const }));
  const linksDir = path.join(DATA_DIR, 'links') + path.sep;
  const data = turtleFilesUnder(DATA_DIR).map((file) => ({
    path: file,
    part: file.startsWith(linksDir) ? ('links' as const) : ('data' as const),
  }));
  return [...ontology, ...data];
}
