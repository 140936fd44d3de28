// Writing IRIs and terms for people: prefixed names (src/vocab.ts PREFIXES) where a namespace
// matches, Turtle-like literals. Used by the results table and the validation report.
import { PREFIXES } from '../vocab.js';

/** Namespaces longest first, so the most specific prefix wins (acttype: before vocab:). */
const NAMESPACES = Object.entries(PREFIXES).sort(([, a], [, b]) => b.length - a.length);

const XSD = 'http://www.w3.org/2001/XMLSchema#';
/** Datatypes whose literals Turtle writes bare (Turtle §2.5.2). */
const BARE = new Set([`${XSD}integer`, `${XSD}decimal`, `${XSD}boolean`]);

/** `prefix:local` when a known namespace matches and leaves a local name, else `<iri>`. */
export function compactIri(iri: string): string {
  for (const [prefix, ns] of NAMESPACES) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return `<${iri}>`;
}

/** Compacts every `<iri>` inside N-Triples or property-path text. */
export function compactIrisIn(text: string): string {
  return text.replace(/<([^<>\s"]+)>/g, (_, iri: string) => compactIri(iri));
}

/** A result path: a plain predicate IRI, or property-path text with `<iri>`s in it. */
export function compactPath(path: string): string {
  return path.includes('<') ? compactIrisIn(path) : compactIri(path);
}

/** A term of SPARQL 1.1 Query Results JSON (§3.2.2). */
export interface JsonTerm {
  readonly type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  readonly value: string | unknown;
  readonly 'xml:lang'?: string;
  readonly datatype?: string;
}

export function renderJsonTerm(term: JsonTerm | undefined): string {
  if (!term) return '';
  const value = typeof term.value === 'string' ? term.value : JSON.stringify(term.value);
  switch (term.type) {
    case 'uri':
      return compactIri(value);
    case 'bnode':
      return `_:${value}`;
    case 'literal':
    case 'typed-literal': {
      if (term['xml:lang']) return `${JSON.stringify(value)}@${term['xml:lang']}`;
      if (!term.datatype || term.datatype === `${XSD}string`) return JSON.stringify(value);
      if (BARE.has(term.datatype)) return value;
      return `${JSON.stringify(value)}^^${compactIri(term.datatype)}`;
    }
    default:
      return value;
  }
}
