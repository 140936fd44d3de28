// The validation report: what `kg validate` prints and the tests assert. Plain strings, not RDF
// terms, so a report compares with `toEqual` and prints without a serialiser.
import type { Quad, Term } from '@rdfjs/types';

/** SHACL result severities (SHACL §3.6.1); only sh:Violation makes the data non-conforming. */
export type Severity = 'Violation' | 'Warning' | 'Info';

/**
 * Which check found the problem: the SHACL shapes, the passage-against-text check, or a graph
 * rule of src/domain/rules/ (dates against precision, victims named, inferences declared...).
 */
export type CheckName = 'shacl' | 'passage' | 'rule';

export interface Violation {
  /** IRI of the focus node, or `_:label` for a blank node (see `focusOwner`). */
  readonly focusNode: string;
  /** For a blank focus node (a selector): the named node and predicate that lead to it. */
  readonly focusOwner?: { readonly subject: string; readonly predicate: string };
  /** IRI of the result path's predicate; SPARQL property-path syntax for longer paths. */
  readonly path?: string;
  readonly severity: Severity;
  readonly message: string;
  /** The offending value in N-Triples syntax, when the constraint names one. */
  readonly value?: string;
  readonly check: CheckName;
}

export interface ValidationReport {
  /** True when no violation has severity Violation (warnings and infos do not fail). */
  readonly conforms: boolean;
  readonly violations: readonly Violation[];
}

/** A term in N-Triples syntax (https://www.w3.org/TR/n-triples/#grammar-production-subject). */
export function termToNTriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${term.value}>`;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lexical = JSON.stringify(term.value);
      if (term.language) return `${lexical}@${term.language}`;
      if (term.datatype.value === 'http://www.w3.org/2001/XMLSchema#string') return lexical;
      return `${lexical}^^<${term.datatype.value}>`;
    }
    default:
      return term.value;
  }
}

/** A focus node as the report names it: the IRI itself, `_:label` for a blank node. */
export function focusName(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

/**
 * The named subject and predicate that point at a blank node, so a report line about a
 * selector can say which passage it belongs to. Walks up through nested blank nodes.
 * Cost: one index lookup per level.
 */
export function ownerOf(
  term: Term,
  incoming: (object: Term) => Quad | undefined,
): { subject: string; predicate: string } | undefined {
  if (term.termType !== 'BlankNode') return undefined;
  let quad = incoming(term);
  for (let depth = 0; quad && quad.subject.termType === 'BlankNode' && depth < 8; depth++) {
    quad = incoming(quad.subject);
  }
  if (!quad || quad.subject.termType !== 'NamedNode') return undefined;
  return { subject: quad.subject.value, predicate: quad.predicate.value };
}

/** Removes exact duplicates and orders violations by focus node, path, message, value. */
export function normaliseViolations(violations: readonly Violation[]): Violation[] {
  const seen = new Map<string, Violation>();
  for (const violation of violations) {
    const key = JSON.stringify([
      violation.focusNode,
      violation.path,
      violation.message,
      violation.value,
      violation.severity,
    ]);
    if (!seen.has(key)) seen.set(key, violation);
  }
  const order = (v: Violation) => [v.focusOwner?.subject ?? v.focusNode, v.focusNode, v.path ?? '', v.message, v.value ?? ''];
  return [...seen.values()].sort((a, b) => {
    const [ka, kb] = [order(a), order(b)];
    for (let i = 0; i < ka.length; i++) {
      const cmp = ka[i]! < kb[i]! ? -1 : ka[i]! > kb[i]! ? 1 : 0;
      if (cmp !== 0) return cmp;
    }
    return 0;
  });
}
