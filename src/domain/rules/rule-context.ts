// What a graph rule (src/domain/rules/) reads: the whole graph (ontology and data), the
// subjects of the data part alone, and the report's date. Small readers shared by the rules.
// Every rule is a pure function RuleContext -> Violation[]; graph-rules.ts runs them all.
import type { Quad, Term } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { NS, REP } from '../../vocab.js';
import { focusName, termToNTriples, type Violation } from '../validation-report.js';

export interface RuleContext {
  /** Ontology and data together (rules follow rdfs:subClassOf and skos:broader through it). */
  readonly store: QuadIndex;
  /** The quads of the data part only: the resources a curator wrote. */
  readonly data: readonly Quad[];
  /** The report's date (dcterms:issued of the rep:SourceDocument), "YYYY-MM-DD", if the graph has one. */
  readonly reportDate: string | undefined;
}

/** Terms the rules use that src/vocab.ts does not name. */
export const TERM = {
  inferred: NS.rep('inferred'),
  note: NS.rep('note'),
  datePrecision: NS.rep('datePrecision'),
  actStatus: NS.rep('actStatus'),
  place: NS.rep('place'),
  partOfEvent: NS.rep('partOfEvent'),
  jurisdiction: NS.rep('jurisdiction'),
  concernsAct: NS.rep('concernsAct'),
  raisedIn: NS.rep('raisedIn'),
  abbreviation: NS.rep('abbreviation'),
  description: NS.rep('description'),
  ongoing: NS.status('ongoing'),
  issued: NS.dcterms('issued'),
  subClassOf: NS.rdfs('subClassOf'),
  altLabel: NS.skos('altLabel'),
  alternateName: NS.schema('alternateName'),
} as const;

export function buildContext(store: QuadIndex, data: readonly Quad[]): RuleContext {
  const issued = store
    .getSubjects(NS.rdf('type'), REP.SourceDocument, null)
    .flatMap((document) => store.getObjects(document, TERM.issued, null))
    .map((term) => term.value)
    .sort();
  return { store, data, reportDate: issued[0] };
}

/** The lexical value of the first object of (subject, predicate), if any. */
export function valueOf(store: QuadIndex, subject: Term, predicate: string): string | undefined {
  return store.getObjects(subject, predicate, null)[0]?.value;
}

/** The properties a resource declares as inferred (rep:inferred). */
export function inferredOf(store: QuadIndex, subject: Term): Set<string> {
  return new Set(store.getObjects(subject, TERM.inferred, null).map((term) => term.value));
}

/** Named subjects of the data part that have the class or a subclass of it (rdfs:subClassOf*). */
export function dataSubjectsOf(context: RuleContext, classIri: string): Term[] {
  const classes = subClassesOf(context.store, classIri);
  const seen = new Map<string, Term>();
  for (const quad of context.data) {
    if (quad.predicate.value !== NS.rdf('type') || !classes.has(quad.object.value)) continue;
    if (quad.subject.termType === 'NamedNode') seen.set(quad.subject.value, quad.subject);
  }
  return [...seen.values()];
}

/** The class and every class below it. Cost: one index lookup per class. */
export function subClassesOf(store: QuadIndex, classIri: string): Set<string> {
  const found = new Set([classIri]);
  const queue = [classIri];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const sub of store.getSubjects(TERM.subClassOf, next, null)) {
      if (!found.has(sub.value)) {
        found.add(sub.value);
        queue.push(sub.value);
      }
    }
  }
  return found;
}

/** A violation of a graph rule: the focus node, the path it concerns, what to fix. */
export function ruleViolation(focus: Term, path: string, message: string, value?: Term): Violation {
  return {
    focusNode: focusName(focus),
    path,
    severity: 'Violation',
    message,
    ...(value ? { value: termToNTriples(value) } : {}),
    check: 'rule',
  };
}
