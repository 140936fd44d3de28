// Content negotiation as a table: [kind, Accept, format=, expected media type or 406].
import { describe, expect, it } from 'vitest';
import { NotAcceptableError } from '../../src/http/errors.js';
import { negotiate, type ResponseKind } from '../../src/http/negotiate.js';

const R = 'results' as const;
const G = 'graph' as const;
const B = 'boolean' as const;
const E = 'entity' as const;
const I = 'index' as const;

const cases: [ResponseKind, string | undefined, string | undefined, string][] = [
  // absent / wildcard Accept → the kind's default
  [R, undefined, undefined, 'application/sparql-results+json'],
  [R, '', undefined, 'application/sparql-results+json'],
  [R, '*/*', undefined, 'application/sparql-results+json'],
  [G, undefined, undefined, 'text/turtle'],
  [G, '*/*', undefined, 'text/turtle'],
  [E, '*/*', undefined, 'text/turtle'],
  // exact types and aliases
  [R, 'application/sparql-results+xml', undefined, 'application/sparql-results+xml'],
  [R, 'text/csv', undefined, 'text/csv'],
  [R, 'text/tab-separated-values', undefined, 'text/tab-separated-values'],
  [R, 'application/json', undefined, 'application/sparql-results+json'],
  [R, 'application/xml', undefined, 'application/sparql-results+xml'],
  [G, 'application/n-triples', undefined, 'application/n-triples'],
  [G, 'text/plain', undefined, 'application/n-triples'],
  [G, 'application/rdf+xml', undefined, 'application/rdf+xml'],
  [G, 'application/ld+json', undefined, 'application/ld+json'],
  [G, 'application/json', undefined, 'application/ld+json'],
  [G, 'application/trig', undefined, 'application/trig'],
  [G, 'application/n-quads', undefined, 'application/n-quads'],
  // q-values (RFC 9110 §12.5.1)
  [R, 'text/csv;q=0.5, application/sparql-results+xml;q=0.9', undefined, 'application/sparql-results+xml'],
  [R, 'text/csv;q=1, application/sparql-results+xml;q=0.9', undefined, 'text/csv'],
  [G, 'application/rdf+xml;q=0.3, text/turtle;q=0.8, */*;q=0.1', undefined, 'text/turtle'],
  // type wildcards
  [R, 'text/*', undefined, 'text/csv'],
  [G, 'application/*', undefined, 'application/n-triples'],
  // q=0 excludes
  [R, 'application/sparql-results+json;q=0, */*', undefined, 'application/sparql-results+xml'],
  [G, 'text/turtle;q=0, */*;q=0.5', undefined, 'application/n-triples'],
  // browsers
  [E, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', undefined, 'text/html'],
  [R, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', undefined, 'application/sparql-results+xml'],
  // ASK offers only the formats that define a boolean
  [B, 'text/csv, application/sparql-results+json;q=0.5', undefined, 'application/sparql-results+json'],
  // format= overrides Accept
  [R, 'text/csv', 'json', 'application/sparql-results+json'],
  [R, undefined, 'tsv', 'text/tab-separated-values'],
  [R, undefined, 'xml', 'application/sparql-results+xml'],
  [G, 'text/turtle', 'nt', 'application/n-triples'],
  [G, undefined, 'jsonld', 'application/ld+json'],
  [G, undefined, 'json', 'application/ld+json'],
  [G, undefined, 'rdf', 'application/rdf+xml'],
  [G, undefined, 'xml', 'application/rdf+xml'],
  [G, undefined, 'trig', 'application/trig'],
  [G, undefined, 'nq', 'application/n-quads'],
  [G, undefined, 'ttl', 'text/turtle'],
  [G, undefined, 'text/turtle', 'text/turtle'],
  [E, 'text/turtle', 'html', 'text/html'],
  // index pages (the release's list of files): HTML by default and for browsers, JSON on request
  [I, undefined, undefined, 'text/html'],
  [I, '*/*', undefined, 'text/html'],
  [I, 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', undefined, 'text/html'],
  [I, 'application/xhtml+xml', undefined, 'text/html'],
  [I, 'application/json', undefined, 'application/json'],
  [I, 'application/json, text/html;q=0.5', undefined, 'application/json'],
  [I, 'application/*', undefined, 'application/json'],
  [I, 'text/html;q=0, */*', undefined, 'application/json'],
  [I, 'text/html', 'json', 'application/json'],
  [I, 'application/json', 'html', 'text/html'],
  // nothing fits → 406
  [I, 'application/ld+json', undefined, '406'],
  [I, 'text/turtle', undefined, '406'],
  [I, 'text/html;q=0, application/json;q=0', undefined, '406'],
  [I, undefined, 'ttl', '406'],
  [R, 'image/png', undefined, '406'],
  [R, 'text/turtle', undefined, '406'],
  [G, 'application/sparql-results+json', undefined, '406'],
  [G, 'text/turtle;q=0', undefined, '406'],
  [B, 'text/csv', undefined, '406'],
  [R, undefined, 'ttl', '406'],
  [G, undefined, 'csv', '406'],
  [R, undefined, 'nonsense', '406'],
  [R, 'text/csv', 'png', '406'],
];

describe('negotiate', () => {
  it.each(cases)('%s, Accept %j, format %j → %s', (kind, accept, format, expected) => {
    if (expected === '406') {
      expect(() => negotiate(kind, accept, format)).toThrow(NotAcceptableError);
    } else {
      expect(negotiate(kind, accept, format)).toBe(expected);
    }
  });
});
