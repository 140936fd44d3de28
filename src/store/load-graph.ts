// Loading the bundled graph into memory as N3 quads (for validation, exports and tests).
// The query engine (Oxigraph) loads the same files itself; see src/engine.
import type { Quad } from 'n3';
import { GraphStore } from './graph-store.js';
import { graphFiles, type GraphFile, type GraphPart } from './graph-files.js';
import { parseTurtleFile } from './parse-turtle.js';

export interface LoadedGraph {
  /** All triples of the graph, in the default graph. */
  readonly store: GraphStore;
  /** The triples of each part, for dumps with one named graph per part. */
  readonly parts: ReadonlyMap<GraphPart, Quad[]>;
  readonly files: readonly GraphFile[];
}

/** Parses every file of the graph. Throws TurtleSyntaxError naming the file and line. */
export function loadGraph(files: readonly GraphFile[] = graphFiles()): LoadedGraph {
  const store = new GraphStore();
  const parts = new Map<GraphPart, Quad[]>();
  for (const file of files) {
    const quads = parseTurtleFile(file.path);
    store.addQuads(quads);
    const list = parts.get(file.part) ?? [];
    list.push(...quads);
    parts.set(file.part, list);
  }
  return { store, parts, files };
}
