// The RDF dumps of a release, all written from the canonical quads (canonical-rdf.ts) so that the
// same graph gives the same bytes: Turtle, N-Triples (and gzipped), N-Quads with one named graph
// per part (ontology, report data, links: release-info.ts NAMED_GRAPHS), JSON-LD compacted with
// the project's published @context (embedded, so the file loads offline), and RDF/XML. The
// serialisers are the service's (serialize-rdf.ts; RDF/XML through rdflib with blank nodes
// flattened, rdfxml-flat.ts); this file only fixes their input order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Quad } from 'n3';
import { DATA_DIR } from '../../config.js';
import type { LoadedGraph } from '../../store/load-graph.js';
import type { GraphPart } from '../../store/graph-files.js';
import { PREFIXES } from '../../vocab.js';
import { contextDefinition } from '../jsonld/context.js';
import { serializeQuads } from '../serialize-rdf.js';
import { asTriples, canonicalNQuads, inGraph, parseNQuads } from './canonical-rdf.js';
import { toFlatRdfXml } from '../rdfxml-flat.js';
import { NAMED_GRAPHS } from './release-info.js';
import { releaseFile, type ReleaseFile } from './release-file.js';

export const DUMP_STEM = 'rdf/hrd-reprisals';

export interface RdfDumps {
  readonly files: ReleaseFile[];
  /** Distinct triples of the whole graph. */
  readonly triples: number;
  /** Distinct triples per part (a triple stated in two parts counts in both). */
  readonly triplesPerPart: Readonly<Partial<Record<GraphPart, number>>>;
}

/** Cost: one canonicalisation of the graph and of the dataset, then one pass per syntax (~1 s). */
export async function rdfDumps(graph: LoadedGraph): Promise<RdfDumps> {
  const canonicalTriples = await canonicalNQuads(asTriples(graph.store.getQuads(null, null, null, null)));
  const triples = parseNQuads(canonicalTriples);
  const parts = [...graph.parts.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const canonicalDataset = await canonicalNQuads(parts.flatMap(([part, quads]) => inGraph(asTriples(quads), NAMED_GRAPHS[part])));
  const triplesPerPart: Partial<Record<GraphPart, number>> = {};
  for (const quad of parseNQuads(canonicalDataset)) {
    const part = (Object.keys(NAMED_GRAPHS) as GraphPart[]).find((p) => NAMED_GRAPHS[p] === quad.graph.value);
    if (part) triplesPerPart[part] = (triplesPerPart[part] ?? 0) + 1;
  }
  const prefixes = dumpPrefixes();
  const n = triples.length;
  const rdf = (ext: string, content: string | Buffer, mediaType: string, title: string, count = n) =>
    releaseFile(`${DUMP_STEM}.${ext}`, content, { mediaType, kind: 'rdf', title, triples: count });
  return {
    triples: n,
    triplesPerPart,
    files: [
      rdf('ttl', await serializeQuads(triples, 'text/turtle', { prefixes }), 'text/turtle', 'Turtle'),
      rdf('nt', canonicalTriples, 'application/n-triples', 'N-Triples (canonical, RDFC-1.0)'),
      rdf('nt.gz', gzipDeterministic(canonicalTriples), 'application/gzip', 'N-Triples, gzipped'),
      rdf('nq', canonicalDataset, 'application/n-quads', 'N-Quads: one named graph each for the ontology, the data and the links', parseNQuads(canonicalDataset).length),
      rdf('jsonld', `${await serializeJsonLd(triples)}\n`, 'application/ld+json', 'JSON-LD, compacted with the project context'),
      rdf('rdf', await toFlatRdfXml(triples, prefixes), 'application/rdf+xml', 'RDF/XML'),
    ],
  };
}

async function serializeJsonLd(triples: readonly Quad[]): Promise<string> {
  return serializeQuads(triples, 'application/ld+json', { jsonldContext: contextDefinition() });
}

/**
 * gzip whose bytes depend only on the input: node:zlib writes MTIME 0 and no file name (RFC 1952
 * §2.3); the OS byte, which zlib sets from the build platform, is fixed to 255 ("unknown").
 * Identical across runs of the same zlib version.
 */
export function gzipDeterministic(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz[9] = 255;
  return gz;
}

/** The project's prefixes plus the curators' (data/PREFIXES.ttl.txt: person:, act:, ...). */
export function dumpPrefixes(): Record<string, string> {
  const text = readFileSync(path.join(DATA_DIR, 'PREFIXES.ttl.txt'), 'utf8');
  const shared = [...text.matchAll(/@prefix\s+([A-Za-z][\w-]*):\s*<([^>]+)>/gu)].map((m) => [m[1]!, m[2]!] as const);
  return { ...PREFIXES, ...Object.fromEntries(shared) };
}
