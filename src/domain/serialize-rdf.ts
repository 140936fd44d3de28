// RDF quads to text in the six formats the service offers: Turtle, N-Triples, N-Quads, TriG
// (N3.js Writer), JSON-LD (jsonld.js, compacted with the project's prefixes) and RDF/XML
// (rdflib). Used by the SPARQL endpoint (CONSTRUCT/DESCRIBE), the entity pages and the data
// export. Never fetches anything: JSON-LD runs with a document loader that refuses every URL.
// Cost: linear in the number of quads; jsonld and rdflib are loaded on first use (~100s of ms).
import { Writer, type Quad } from 'n3';
import { PREFIXES } from '../vocab.js';
import { toDataset } from './rdf-dataset.js';

export const RDF_MEDIA_TYPES = [
  'text/turtle',
  'application/n-triples',
  'application/n-quads',
  'application/trig',
  'application/ld+json',
  'application/rdf+xml',
] as const;

export type RdfMediaType = (typeof RDF_MEDIA_TYPES)[number];

export interface SerializeOptions {
  /** Prefixes for Turtle, TriG, RDF/XML and the JSON-LD context. Default: the project's PREFIXES. */
  readonly prefixes?: Readonly<Record<string, string>>;
  /** Base IRI for RDF/XML (`xml:base`). */
  readonly baseIri?: string;
  /** A JSON-LD context to compact with, given inline (never fetched). Default: built from prefixes. */
  readonly jsonldContext?: Record<string, unknown>;
}

export async function serializeQuads(
  quads: readonly Quad[],
  mediaType: RdfMediaType | string,
  options: SerializeOptions = {},
): Promise<string> {
  const prefixes = options.prefixes ?? PREFIXES;
  switch (mediaType) {
    case 'text/turtle':
    case 'application/trig':
      return writeN3(quads, mediaType === 'text/turtle' ? 'Turtle' : 'TriG', usedPrefixes(quads, prefixes));
    case 'application/n-triples':
      return writeN3(quads, 'N-Triples');
    case 'application/n-quads':
      return writeN3(quads, 'N-Quads');
    case 'application/ld+json':
      return toJsonLd(quads, options.jsonldContext ?? { ...usedPrefixes(quads, prefixes) });
    case 'application/rdf+xml':
      return toRdfXml(quads, usedPrefixes(quads, prefixes));
    default:
      throw new Error(`No RDF serialiser for ${mediaType}`);
  }
}

function writeN3(quads: readonly Quad[], format: string, prefixes?: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format, prefixes });
    writer.addQuads(quads as Quad[]);
    writer.end((error, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** Only the prefixes whose namespace occurs in the quads (keeps Turtle headers short). */
function usedPrefixes(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Record<string, string> {
  const iris = new Set<string>();
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object, q.graph]) {
      if (t.termType === 'NamedNode') iris.add(t.value);
      else if (t.termType === 'Literal') iris.add(t.datatype.value);
    }
  }
  const namespaces = Object.entries(prefixes);
  const used: Record<string, string> = {};
  for (const iri of iris) {
    for (const [prefix, ns] of namespaces) if (iri.startsWith(ns) && iri.length > ns.length) used[prefix] = ns;
  }
  return used;
}

async function toJsonLd(quads: readonly Quad[], context: Record<string, unknown>): Promise<string> {
  const jsonld = (await import('jsonld')).default;
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`Refusing to load remote JSON-LD document ${url}`);
  };
  // A dataset, not N-Quads text: jsonld's N-Quads parser is quadratic (rdf-dataset.ts).
  const expanded = await jsonld.fromRDF(toDataset(quads) as never);
  const compacted = await jsonld.compact(expanded, context as never, { documentLoader } as never);
  return JSON.stringify(compacted, null, 2);
}

/** RDF/XML through rdflib, with every blank node written flat by rdf:nodeID (rdfxml-flat.ts). */
async function toRdfXml(quads: readonly Quad[], prefixes: Record<string, string>): Promise<string> {
  const { toFlatRdfXml } = await import('./rdfxml-flat.js'); // rdflib: loaded on the first RDF/XML answer
  return toFlatRdfXml(quads, prefixes);
}
