// Source passages: locating an exact quote in the report's text and describing it as a
// W3C Web Annotation specific resource (TextQuoteSelector + TextPositionSelector,
// https://www.w3.org/TR/annotation-model/#text-quote-selector).
// Offsets count Unicode code points of the stored text, 0-based, end exclusive (§4.2.5).
import { NS } from '../vocab.js';

/** How many code points of context a TextQuoteSelector carries before and after the quote. */
export const CONTEXT_LENGTH = 32;

export interface PassageLocation {
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** Thrown when a quote is absent from the text or occurs more than once (so cannot anchor alone). */
export class PassageNotFoundError extends Error {
  override readonly name = 'PassageNotFoundError';
}

/** The IRI of the passage that spans [start, end) of the source document. */
export function passageIri(start: number, end: number): string {
  return NS.id(`passage/${start}-${end}`);
}

/**
 * Finds the single occurrence of `quote` in `text` and returns it exactly as the text has it.
 * The match forgives typing differences that are invisible in print: any run of whitespace
 * (including the report's no-break spaces) matches any run, and straight quotes match curly
 * ones. Fails if the quote does not occur, or occurs more than once: an ambiguous quote must be
 * lengthened until it anchors one place.
 */
export function locatePassage(text: string, quote: string): PassageLocation {
  const pattern = new RegExp(quotePattern(quote), 'gu');
  const matches = [...text.matchAll(pattern)];
  const [match] = matches;
  if (!match) throw new PassageNotFoundError(`quote not found in the source text: "${quote}"`);
  if (matches.length > 1) {
    throw new PassageNotFoundError(`quote occurs ${matches.length} times; lengthen it: "${quote}"`);
  }
  const start = Array.from(text.slice(0, match.index)).length;
  return locationAt(Array.from(text), start, start + Array.from(match[0]).length);
}

function quotePattern(quote: string): string {
  return Array.from(quote.trim())
    .map((ch) => {
      if (/\s/u.test(ch)) return '\\s+';
      if (ch === "'" || ch === '\u2019' || ch === '\u2018') return "['\u2018\u2019]";
      if (ch === '"' || ch === '\u201c' || ch === '\u201d') return '["\u201c\u201d]';
      return ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    })
    .join('')
    .replace(/(\\s\+)+/gu, '\\s+');
}

/** The selector values for the span [start, end) of `text`. */
export function passageAt(text: string, start: number, end: number): PassageLocation {
  return locationAt(Array.from(text), start, end);
}

function locationAt(chars: readonly string[], start: number, end: number): PassageLocation {
  return {
    start,
    end,
    exact: chars.slice(start, end).join(''),
    prefix: prefixContext(chars.slice(Math.max(0, start - CONTEXT_LENGTH), start).join('')),
    suffix: suffixContext(chars.slice(end, end + CONTEXT_LENGTH).join('')),
  };
}

/**
 * Contact details the report prints next to its staff's names (phone numbers, "name[at]domain"
 * addresses, "@handles"). A quote's context is cut short so that it never carries one: the graph
 * holds no personal contact details, not even inside a selector's prefix or suffix.
 */
const CONTACT_DETAIL = /\+[\d ]+\d|\S*\[at\]\S*|@\w+/gu;

function prefixContext(prefix: string): string {
  const matches = [...prefix.matchAll(CONTACT_DETAIL)];
  const last = matches.at(-1);
  return last ? prefix.slice((last.index ?? 0) + last[0].length) : prefix;
}

function suffixContext(suffix: string): string {
  const first = suffix.search(CONTACT_DETAIL);
  return first >= 0 ? suffix.slice(0, first) : suffix;
}

/** Escapes a string for a Turtle short string literal in double quotes. */
export function turtleString(value: string): string {
  return `"${value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')}"`;
}

/**
 * The Turtle block describing a passage, as data files hold it (prefixes rep:, oa:, passage:,
 * doc:). The selectors are hash IRIs of the passage (`…#quote`, `…#position`), not blank nodes,
 * so the same passage cited from several files merges into one description.
 */
export function passageTurtle(location: PassageLocation, documentCurie = 'doc:chrd-2018-11-01'): string {
  const iri = passageIri(location.start, location.end);
  return [
    `passage:${location.start}-${location.end} a rep:SourcePassage ;`,
    `    oa:hasSource ${documentCurie} ;`,
    `    oa:hasSelector <${iri}#quote> , <${iri}#position> .`,
    '',
    `<${iri}#quote> a oa:TextQuoteSelector ;`,
    `    oa:exact ${turtleString(location.exact)} ;`,
    `    oa:prefix ${turtleString(location.prefix)} ;`,
    `    oa:suffix ${turtleString(location.suffix)} .`,
    '',
    `<${iri}#position> a oa:TextPositionSelector ;`,
    `    oa:start ${location.start} ;`,
    `    oa:end ${location.end} .`,
  ].join('\n');
}
