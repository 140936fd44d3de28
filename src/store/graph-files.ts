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

// --- a user's own RDF files (`kg serve --data DIR…`, src/cli/serve.ts) ---

/** RDF syntaxes a user's files may be in, by file extension (lower case). */
export const USER_RDF_FORMATS: Readonly<Record<string, string>> = {
  '.ttl': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
  '.rdf': 'application/rdf+xml',
  '.owl': 'application/rdf+xml',
  '.xml': 'application/rdf+xml',
  '.jsonld': 'application/ld+json',
  '.json': 'application/ld+json',
};

export interface UserRdfFile {
  readonly path: string;
  /** A media type of USER_RDF_FORMATS. */
  readonly format: string;
}

/**
 * Every RDF file below the given files and folders (recursively; by extension, other files
 * skipped), sorted by path within each folder. A named path that does not exist, or a named file
 * of no known extension, throws with the path, so a typo is never an empty service.
 */
export function userRdfFiles(paths: readonly string[]): UserRdfFile[] {
  const out: UserRdfFile[] = [];
  const formatOf = (file: string) => USER_RDF_FORMATS[path.extname(file).toLowerCase()];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (formatOf(full)) out.push({ path: full, format: formatOf(full) as string });
    }
  };
  for (const given of paths) {
    const resolved = path.resolve(given);
    let isDir: boolean;
    try {
      isDir = statSync(resolved).isDirectory();
    } catch {
      throw new Error(`no such data file or folder: ${given}`);
    }
    if (isDir) walk(resolved);
    else if (formatOf(resolved)) out.push({ path: resolved, format: formatOf(resolved) as string });
    else throw new Error(`${given}: unknown RDF file extension; use one of ${Object.keys(USER_RDF_FORMATS).join(' ')}`);
  }
  return out;
}
