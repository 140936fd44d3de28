// The graph in an Oxigraph store (WASM, in-memory): the engine for local SPARQL.
// Cost: Oxigraph runs synchronously and blocks the event loop for the whole load or query; the
// HTTP service therefore runs it inside worker threads (src/engine), the CLI and tests directly.
// Load it before the process builds a large JS heap: it loads slowly beside one.
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { BASE_IRI } from '../config.js';
import { graphFiles, type GraphFile } from './graph-files.js';

export type OxigraphStore = InstanceType<typeof oxigraph.Store>;

/**
 * A new store holding every file of the graph in the default graph. Files are parsed by Oxigraph
 * (they are checked by N3 first in validation, which names file and line on a syntax error).
 */
export function createOxigraphStore(files: readonly GraphFile[] = graphFiles()): OxigraphStore {
  const store = new oxigraph.Store();
  for (const file of files) {
    store.load(readFileSync(file.path, 'utf8'), { format: 'text/turtle', base_iri: BASE_IRI });
  }
  return store;
}
