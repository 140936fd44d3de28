// fast-check arbitraries of hostile HTTP for the soak: path tricks (dot segments, encoded
// slashes and dots, backslashes, NUL, doubled slashes, very long paths) on every route prefix,
// odd Accept fields (q-value junk, exclusions, wildcards, very long lists, random text), and
// odd bodies. Everything is a valid HTTP/1.1 request-target or field value (node:http refuses to
// send anything else); what it means is the server's problem.
import fc from 'fast-check';

const PREFIXES = ['/id/', '/vocab/', '/api/persons/', '/release/', '/assets/', '/source/', '/reconcile/', '/ontology/', '/'];

/** Percent-encodes every character outside visible ASCII, so node:http sends the path as is. */
export function requestTarget(text: string): string {
  return Array.from(text, (c) => {
    if (/^[!-~]$/u.test(c)) return c;
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: U+FFFD
    }
  }).join('');
}

/**
 * Longest request-target the soak sends. Node refuses a request head over its maxHeaderSize
 * (64 KiB here, src/http/http-server.ts) with a bare 431 and closes the socket while the client
 * may still be writing, which the client sees as a reset: a property of the HTTP parser, not of
 * the service, so the soak stays under it and long queries go by POST (request-mix.ts).
 */
export const MAX_TARGET = 60_000;

const SEGMENTS = ['..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2f', '%2F', '..%2f', '..%5c', '%5c', '\\..\\', '%00', '%c0%ae%c0%ae', '', '~', 'etc', 'passwd', 'package.json', 'person', 'cao-shunli', '%ZZ', '%', ';', '?x=1', '#frag'];

export const trickyPath: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '/id/../..', '/id/../../etc/passwd', '/id/%2e%2e/%2e%2e/etc/passwd', '/id/person%2F..%2F..%2Fpackage.json',
    '/vocab/..%5c..%5cwindows', '/id//person//cao-shunli', '/id/person/cao-shunli%00.ttl', '/api/persons/..%2f..%2fpackage.json',
    '/release/../package.json', '/release/%2e%2e/package.json', '/assets/../../package.json', '/assets/%2e%2e/%2e%2e/package.json',
    '/source/..%2F..%2Fpackage.json', '/id/person/cao-shunli/..', '/id/./person/./cao-shunli', '//id/person/cao-shunli', '/id/%',
  ),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.oneof(fc.constantFrom(...SEGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 8 }))
    .map(([prefix, segments]) => requestTarget(prefix + segments.join('/'))),
  fc.tuple(fc.constantFrom(...PREFIXES), fc.integer({ min: 1_000, max: MAX_TARGET }), fc.constantFrom('a', '%2e', '../', 'é'))
    .map(([prefix, n, unit]) => clipTarget(requestTarget(prefix + unit.repeat(n)), n)),
);


/** The target cut to `length` characters, never inside a %XX escape. */
function clipTarget(target: string, length: number): string {
  return target.slice(0, length).replace(/%[0-9A-Fa-f]?$/u, '');
}

const MEDIA = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values', 'text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml', 'text/html', 'application/json', 'image/png', 'application/pdf', '*/*', 'text/*', 'application/*', 'x/y'];
const Q = fc.oneof(fc.constant(''), fc.double({ min: 0, max: 1, noNaN: true }).map((q) => `;q=${q.toFixed(3)}`), fc.constantFrom(';q=0', ';q=abc', ';q=-1', ';q=1.5', ';q=', ';;', ';charset=utf-8', ';profile="x"'));

/** Printable ASCII only (field values may not hold control characters). */
const fieldText = fc.string({ unit: 'binary-ascii', maxLength: 200 }).map((s) => s.replace(/[^\x20-\x7e]/gu, ''));

export const oddAccept: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...MEDIA), Q).map(([type, q]) => type + q), { minLength: 1, maxLength: 12 }).map((list) => list.join(', ')),
  fc.constantFrom('*/*;q=0', 'text/turtle;q=0, */*;q=0', '', ',,,', '*', '/', 'text/', 'application/sparql-results+json;q=0.5, */*;q=0'),
  fc.integer({ min: 100, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `type${i}/sub${i};q=0.${i % 10}`).join(',')),
  fieldText,
);

/** Accept fields a well-behaved client sends for each kind of answer. */
export const resultsAccept = fc.constantFrom('application/sparql-results+json', 'application/sparql-results+xml', 'text/csv', 'text/tab-separated-values', 'application/json', '*/*');
export const graphAccept = fc.constantFrom('text/turtle', 'application/n-triples', 'application/ld+json', 'application/rdf+xml', 'application/n-quads', 'application/trig', 'text/html');

export { fieldText };
