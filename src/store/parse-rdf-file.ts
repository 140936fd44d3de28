// Parsing a user's RDF file of any common syntax into quads, named graphs kept, with an error
// that names the file and the line (`kg serve --data`). Turtle, N-Triples, N-Quads and TriG by
// N3.js; RDF/XML by rdfxml-streaming-parser; JSON-LD by jsonld (to N-Quads, then N3.js) with
// remote contexts refused (nothing is fetched). Cost: linear in the file; the whole file is read
// into memory once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import type { UserRdfFile } from './graph-files.js';

/** A file that does not parse; the message is "FILE:LINE: what is wrong". */
export class RdfFileError extends Error {
  override readonly name = 'RdfFileError';
}

const N3_FORMATS: Readonly<Record<string, string>> = {
  'text/turtle': 'Turtle',
  'application/n-triples': 'N-Triples',
  'application/n-quads': 'N-Quads',
  'application/trig': 'TriG',
};

/**
 * `baseIri` resolves relative IRIs (default: the file's own file: URL). `prefixes`, when given,
 * collects the prefixes a Turtle or TriG file declares (the first declaration of a name wins), so
 * the data can be written back with its author's prefixes.
 */
export async function parseRdfFile(file: UserRdfFile, baseIri?: string, prefixes?: Record<string, string>): Promise<Quad[]> {
  const text = readFileSync(file.path, 'utf8');
  const base = baseIri ?? `file://${path.resolve(file.path)}`;
  const where = (line: number | undefined, message: string) => new RdfFileError(`${file.path}${line ? `:${line}` : ''}: ${message}`);
  const n3Format = N3_FORMATS[file.format];
  if (n3Format) {
    try {
      const parser = new Parser({ format: n3Format, baseIRI: base });
      if (!prefixes) return parser.parse(text);
      return parser.parse(text, null, (name: string, iri: { value: string }) => {
        if (!Object.hasOwn(prefixes, name)) prefixes[name] = iri.value;
      });
    } catch (error) {
      const e = error as Error & { context?: { line?: number } };
      throw where(e.context?.line, `${n3Format} syntax error: ${e.message.replace(/ on line \d+\.?/u, '')}`);
    }
  }
  if (file.format === 'application/rdf+xml') return parseRdfXml(text, base, where);
  if (file.format === 'application/ld+json') {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/u.exec((error as Error).message)?.[1];
      const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
      throw where(line, `JSON syntax error: ${(error as Error).message}`);
    }
    try {
      const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
        format: 'application/n-quads',
        base,
        documentLoader: async (url: string) => {
          throw new Error(`remote context ${url} refused: nothing is fetched; inline the context`);
        },
      })) as unknown as string;
      return new Parser({ format: 'N-Quads' }).parse(nquads);
    } catch (error) {
      throw where(undefined, `JSON-LD error: ${(error as Error).message}`);
    }
  }
  throw where(undefined, `unsupported format ${file.format}`);
}

function parseRdfXml(text: string, base: string, where: (line: number | undefined, message: string) => RdfFileError): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser({ baseIRI: base, trackPosition: true });
    parser.on('data', (quad: Quad) => quads.push(quad));
    parser.on('error', (error: Error) => {
      const line = /[Ll]ine:? ?(\d+)/u.exec(error.message)?.[1];
      reject(where(line === undefined ? undefined : Number(line), `RDF/XML error: ${error.message.replace(/\s*\n.*/su, '')}`));
    });
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}
