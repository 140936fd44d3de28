// Content negotiation: one pure function from (what the response can be, Accept, format=) to the
// media type to send. Implements RFC 9110 §12.5.1 (Accept: q-values, `type/*` and `*/*`
// wildcards, `q=0` excludes) through the `negotiator` package; `format=` (short names below)
// overrides Accept, as Trifid and Fuseki do. Throws NotAcceptableError (406) when nothing fits.
import Negotiator from 'negotiator';
import { NotAcceptableError } from './errors.js';

/** Media types the service produces. */
export const MEDIA = {
  sparqlJson: 'application/sparql-results+json',
  sparqlXml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  turtle: 'text/turtle',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
  trig: 'application/trig',
  jsonld: 'application/ld+json',
  rdfxml: 'application/rdf+xml',
  html: 'text/html',
  json: 'application/json',
} as const;

export type MediaType = (typeof MEDIA)[keyof typeof MEDIA];

/** What kind of response is being negotiated; each kind has its own list and default. */
export type ResponseKind = 'results' | 'boolean' | 'graph' | 'entity' | 'document' | 'index';

/** Supported types per kind, default first (the default answers an absent Accept or a bare wildcard). */
export const SUPPORTED: Readonly<Record<ResponseKind, readonly MediaType[]>> = {
  /** SELECT / ASK results (SPARQL 1.1 Query Results JSON, XML, CSV/TSV). */
  results: [MEDIA.sparqlJson, MEDIA.sparqlXml, MEDIA.csv, MEDIA.tsv],
  /** ASK results: the Results JSON and XML formats define a boolean; CSV/TSV do not (SPARQL 1.1 CSV/TSV §1). */
  boolean: [MEDIA.sparqlJson, MEDIA.sparqlXml],
  /** CONSTRUCT / DESCRIBE results and other RDF graphs without an HTML view. */
  graph: [MEDIA.turtle, MEDIA.ntriples, MEDIA.nquads, MEDIA.trig, MEDIA.jsonld, MEDIA.rdfxml],
  /** Entity and ontology pages: HTML for browsers, RDF otherwise (Turtle when Accept is absent). */
  entity: [MEDIA.turtle, MEDIA.html, MEDIA.ntriples, MEDIA.nquads, MEDIA.trig, MEDIA.jsonld, MEDIA.rdfxml],
  /** Service documents (e.g. the service description): Turtle by default, HTML on request. */
  document: [MEDIA.turtle, MEDIA.ntriples, MEDIA.nquads, MEDIA.trig, MEDIA.jsonld, MEDIA.rdfxml, MEDIA.html],
  /** Index pages (e.g. the release's list of files): HTML for browsers and by default, plain JSON on request. */
  index: [MEDIA.html, MEDIA.json],
};

const ALIASES: Readonly<Record<string, MediaType>> = {
  'application/xml': MEDIA.sparqlXml,
  'text/xml': MEDIA.sparqlXml,
  'text/plain': MEDIA.ntriples,
  'application/x-turtle': MEDIA.turtle,
  'application/xhtml+xml': MEDIA.html,
};

/**
 * Other names clients use for a supported format, per kind: `application/json` is SPARQL JSON for
 * results and JSON-LD for graphs; `application/xml` is SPARQL XML or RDF/XML. They negotiate to
 * the canonical type.
 */
function aliasesFor(kind: ResponseKind): Record<string, MediaType> {
  const supported = SUPPORTED[kind];
  const table: Record<string, MediaType> = { ...ALIASES };
  const isResults = kind === 'results' || kind === 'boolean';
  table['application/json'] = isResults ? MEDIA.sparqlJson : MEDIA.jsonld;
  if (!isResults) table['application/xml'] = MEDIA.rdfxml;
  return Object.fromEntries(Object.entries(table).filter(([, canonical]) => supported.includes(canonical)));
}

/** `format=` short names (the same in every kind; a name outside the kind's list is a 406). */
export const FORMAT_NAMES: Readonly<Record<string, MediaType>> = {
  json: MEDIA.sparqlJson,
  xml: MEDIA.sparqlXml,
  csv: MEDIA.csv,
  tsv: MEDIA.tsv,
  ttl: MEDIA.turtle,
  turtle: MEDIA.turtle,
  nt: MEDIA.ntriples,
  nq: MEDIA.nquads,
  trig: MEDIA.trig,
  jsonld: MEDIA.jsonld,
  rdf: MEDIA.rdfxml,
  rdfxml: MEDIA.rdfxml,
  html: MEDIA.html,
};

/**
 * The media type to answer with.
 * - `format` (a short name from FORMAT_NAMES or a full media type) wins over Accept; `json` means
 *   SPARQL JSON for results, plain JSON for index pages and JSON-LD for graphs, `xml` SPARQL XML or RDF/XML.
 * - Otherwise Accept is matched per RFC 9110 §12.5.1; absent or empty Accept gives the default.
 * Pure: no I/O, no request object; throws NotAcceptableError.
 */
export function negotiate(kind: ResponseKind, accept: string | undefined, format?: string): MediaType {
  const supported = SUPPORTED[kind];
  if (format !== undefined && format !== '') {
    const wanted = formatToType(kind, format.trim().toLowerCase());
    if (wanted && supported.includes(wanted)) return wanted;
    throw new NotAcceptableError(supported, `format=${format}`);
  }
  if (accept === undefined || accept.trim() === '') return supported[0]!;
  const aliases = aliasesFor(kind);
  const offered = [...supported, ...Object.keys(aliases)];
  const chosen = new Negotiator({ headers: { accept } }).mediaType(offered);
  if (chosen === undefined) throw new NotAcceptableError(supported, `Accept: ${accept}`);
  return (supported as readonly string[]).includes(chosen) ? (chosen as MediaType) : aliases[chosen]!;
}

function formatToType(kind: ResponseKind, format: string): MediaType | undefined {
  if (kind === 'index' && format === 'json') return MEDIA.json;
  const isResults = kind === 'results' || kind === 'boolean';
  if (!isResults && format === 'json') return MEDIA.jsonld;
  if (!isResults && format === 'xml') return MEDIA.rdfxml;
  if (format.includes('/')) {
    const supported = SUPPORTED[kind] as readonly string[];
    if (supported.includes(format)) return format as MediaType;
    return aliasesFor(kind)[format];
  }
  return FORMAT_NAMES[format];
}
