// Turns a query's raw result (SPARQL JSON for SELECT/ASK, RDF/JS quads for CONSTRUCT/DESCRIBE)
// into the reply a worker sends: cut at maxRows, then serialised text or plain-object terms.
// Runs inside the workers (Oxigraph and Comunica alike), so serialising never blocks the main thread.
import { serializeQuads } from '../domain/serialize-rdf.js';
import { quadFromJson, termToJson, type Output, type QuadJson, type RunResult } from './worker-protocol.js';
import { serializeResults, type JsonResults } from './results-serializer.js';

interface QuadLike {
  readonly subject: Parameters<typeof termToJson>[0];
  readonly predicate: Parameters<typeof termToJson>[0];
  readonly object: Parameters<typeof termToJson>[0];
  readonly graph: Parameters<typeof termToJson>[0];
}

/** SELECT/ASK: `rawJson` is the JSON results text when available (sent as is when nothing changes). */
export function bindingsOutput(results: JsonResults, output: Output, maxRows: number, rawJson?: string): RunResult {
  const kind = results.boolean !== undefined ? 'boolean' : 'results';
  const all = results.results?.bindings ?? [];
  const truncated = all.length > maxRows;
  const cut: JsonResults = truncated ? { head: results.head, results: { bindings: all.slice(0, maxRows) } } : results;
  const count = kind === 'boolean' ? 1 : Math.min(all.length, maxRows);
  if (output.type === 'objects') return { kind, results: cut, truncated, count };
  const mediaType = output.mediaTypes[kind];
  const text =
    rawJson !== undefined && !truncated && mediaType === 'application/sparql-results+json'
      ? rawJson
      : serializeResults(cut, mediaType);
  return { kind, text, mediaType, truncated, count };
}

/** CONSTRUCT/DESCRIBE: duplicates removed (the result is an RDF graph, §16.2), cut at maxRows. */
export async function quadsOutput(quads: Iterable<QuadLike>, output: Output, maxRows: number): Promise<RunResult> {
  const seen = new Set<string>();
  const kept: QuadJson[] = [];
  let truncated = false;
  for (const q of quads) {
    const json: QuadJson = [termToJson(q.subject), termToJson(q.predicate), termToJson(q.object), termToJson(q.graph)];
    const key = JSON.stringify(json);
    if (seen.has(key)) continue;
    if (kept.length === maxRows) {
      truncated = true;
      break;
    }
    seen.add(key);
    kept.push(json);
  }
  if (output.type === 'objects') return { kind: 'graph', quads: kept, truncated, count: kept.length };
  const mediaType = output.mediaTypes.graph;
  const text = await serializeQuads(kept.map(quadFromJson), mediaType);
  return { kind: 'graph', text, mediaType, truncated, count: kept.length };
}
