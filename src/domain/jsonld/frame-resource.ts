// Turning RDF quads into the clean nested JSON an API consumer reads: fromRDF (native numbers
// and booleans), then jsonld.frame with the project's context, with a document loader that
// serves only that context (no fetch, ever). Cost: a few milliseconds per item for the small
// graphs the API frames; results are cached by the caller.
import jsonldLibrary from 'jsonld';
import type { Quad } from 'n3';
import { localDocumentLoader } from './document-loader.js';
import { FRAME_OPTIONS, itemFrame } from './frames.js';

export type JsonObject = Record<string, unknown>;

/** The part of jsonld.js used here, typed as jsonld.js 9 behaves (its @types lag behind). */
interface JsonLdProcessor {
  fromRDF(dataset: readonly Quad[], options: { useNativeTypes: boolean }): Promise<unknown>;
  frame(input: unknown, frame: object, options: object): Promise<JsonObject>;
}
const jsonld = jsonldLibrary as unknown as JsonLdProcessor;

/**
 * The node `iri` of `quads`, framed and compacted with the project's context, without its
 * `@context` (the caller attaches one per response). Undefined if the node is not in `quads`.
 */
export async function frameItem(
  quads: readonly Quad[],
  iri: string,
  reverse: readonly string[] = [],
): Promise<JsonObject | undefined> {
  const expanded = dropStringType(await jsonld.fromRDF(quads, { useNativeTypes: true }));
  const framed = await jsonld.frame(expanded, itemFrame(iri, reverse), {
    ...FRAME_OPTIONS,
    documentLoader: localDocumentLoader,
  });
  const { '@context': _context, ...item } = framed;
  if (item['id'] !== iri) return undefined;
  return sortKeys(item);
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/**
 * jsonld.js 9 with useNativeTypes keeps `@type: xsd:string` on plain literals (fromRdf.js: the
 * native-types branch skips the XSD_STRING check), so they would compact to value objects; this
 * removes it, as RDF 1.1 §3.3 makes simple literals and xsd:string the same.
 */
function dropStringType(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropStringType);
  if (value === null || typeof value !== 'object') return value;
  const object = value as JsonObject;
  if (object['@type'] === XSD_STRING && '@value' in object) {
    const { '@type': _type, ...rest } = object;
    return rest;
  }
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, dropStringType(v)]));
}

/** Stable key order: id, type, name, nameZh first, then alphabetical, recursively. */
function sortKeys(value: unknown): never {
  if (Array.isArray(value)) return value.map(sortKeys) as never;
  if (value === null || typeof value !== 'object') return value as never;
  const first = ['id', 'type', 'name', 'nameZh'];
  const entries = Object.entries(value as JsonObject).sort(([a], [b]) => {
    const ia = first.indexOf(a);
    const ib = first.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    return a.localeCompare(b);
  });
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)])) as never;
}
