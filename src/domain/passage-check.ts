// Checking every source passage against the report's text: the quote selector's oa:exact,
// oa:prefix and oa:suffix must be the text at the position selector's [oa:start, oa:end), and
// the passage's IRI must name those offsets (…/id/passage/START-END).
// Offsets count code points, 0-based, end exclusive (Web Annotation §4.2.5 TextPositionSelector).
// Shapes (ontology/shapes.ttl) check the selectors' form; this check skips malformed ones.
// Cost: one pass over the passages; the text is split into code points once.
import type { Term } from 'n3';
import type { QuadIndex } from '../store/graph-store.js';
import { NS, OA, RDF_TYPE, REP } from '../vocab.js';
import { passageAt, passageIri } from './passage.js';
import { focusName, termToNTriples, type Violation } from './validation-report.js';

export function passageCheck(store: QuadIndex, text: string): Violation[] {
  const chars = Array.from(text);
  const violations: Violation[] = [];
  for (const passage of store.getSubjects(RDF_TYPE, REP.SourcePassage, null)) {
    violations.push(...checkPassage(store, passage, text, chars.length));
  }
  return violations;
}

function checkPassage(store: QuadIndex, passage: Term, text: string, length: number): Violation[] {
  const selectors = store.getObjects(passage, OA.hasSelector, null);
  const typed = (selector: Term, type: string) => store.countQuads(selector, RDF_TYPE, type, null) > 0;
  const quote = selectors.find((s) => typed(s, OA.TextQuoteSelector));
  const position = selectors.find((s) => typed(s, OA.TextPositionSelector));
  if (!quote || !position) return [];
  const start = integerOf(store, position, OA.start);
  const end = integerOf(store, position, OA.end);
  if (start === undefined || end === undefined || start >= end) return [];

  const violation = (path: string, message: string, value?: Term): Violation => ({
    focusNode: focusName(passage),
    path,
    severity: 'Violation',
    message,
    ...(value ? { value: termToNTriples(value) } : {}),
    check: 'passage',
  });
  const found: Violation[] = [];
  if (passage.termType === 'NamedNode' && passage.value !== passageIri(start, end)) {
    found.push(violation(OA.start, `The passage IRI does not name its offsets: expected <${passageIri(start, end)}>.`));
  }
  if (end > length) {
    return [...found, violation(OA.end, `oa:end ${end} lies beyond the end of the report text (${length} code points).`)];
  }

  const expected = passageAt(text, start, end);
  const exact = literalOf(store, quote, OA.exact);
  if (exact && exact.value !== expected.exact) {
    const at = codePointIndexOf(text, exact.value);
    const where =
      at === undefined
        ? 'it does not occur in the report text'
        : `the report has it at ${at}-${at + Array.from(exact.value).length}`;
    found.push(violation(OA.exact, `oa:exact is not the report text at ${start}-${end}; ${where}.`, exact));
    return found; // prefix and suffix follow from wrong offsets; one message says it
  }
  const prefix = literalOf(store, quote, OA.prefix);
  if (prefix && prefix.value !== expected.prefix) {
    found.push(violation(OA.prefix, `oa:prefix is not the text before the passage: expected ${JSON.stringify(expected.prefix)}.`, prefix));
  }
  const suffix = literalOf(store, quote, OA.suffix);
  if (suffix && suffix.value !== expected.suffix) {
    found.push(violation(OA.suffix, `oa:suffix is not the text after the passage: expected ${JSON.stringify(expected.suffix)}.`, suffix));
  }
  return found;
}

function literalOf(store: QuadIndex, subject: Term, predicate: string): Term | undefined {
  const [value] = store.getObjects(subject, predicate, null);
  return value?.termType === 'Literal' ? value : undefined;
}

function integerOf(store: QuadIndex, subject: Term, predicate: string): number | undefined {
  const value = literalOf(store, subject, predicate);
  if (!value || value.termType !== 'Literal' || value.datatype.value !== NS.xsd('integer')) return undefined;
  return /^[+-]?\d+$/.test(value.value) ? Number(value.value) : undefined;
}

/** Code-point offset of the first occurrence of `needle` in `text`, if any. */
function codePointIndexOf(text: string, needle: string): number | undefined {
  const index = text.indexOf(needle);
  return index < 0 ? undefined : Array.from(text.slice(0, index)).length;
}
