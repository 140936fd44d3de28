// `--data <file|dir>` (repeatable): which data files a command reads instead of the bundled
// data/. The ontology is always included, so classes and concept schemes resolve.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ONTOLOGY_DIR, SHAPES_FILE } from '../config.js';
import { graphFiles, turtleFilesUnder, type GraphFile } from '../store/graph-files.js';
import { InputFileError } from './errors.js';

/** The graph's files: the bundled graph, or the ontology plus the given files and folders. */
export function graphFilesFor(dataPaths: readonly string[] | undefined): GraphFile[] {
  if (!dataPaths || dataPaths.length === 0) return graphFiles();
  const ontology = turtleFilesUnder(ONTOLOGY_DIR)
    .filter((file) => path.resolve(file) !== path.resolve(SHAPES_FILE))
    .map((file) => ({ path: file, part: 'ontology' as const }));
  const data = dataPaths.flatMap((given) => {
    const resolved = path.resolve(given);
    if (!existsSync(resolved)) throw new InputFileError(`no such data file or folder: ${given}`);
    const files = statSync(resolved).isDirectory() ? turtleFilesUnder(resolved) : [resolved];
    return files.map((file) => ({ path: file, part: 'data' as const }));
  });
  return [...ontology, ...data];
}
