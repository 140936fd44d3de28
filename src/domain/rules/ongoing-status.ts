// Rule: what continued at the report's date is bounded by it, and said by the report.
//   status:ongoing ⇒ rep:latestDate is the report's date (1 November 2018 for the bundled
//   report), so "who was held in 2018" finds it;
//   status:ongoing ⇒ a cited passage says so ("today", "since", "continues", "remained", "still"...),
//   or the resource names rep:actStatus in rep:inferred and explains the reading in rep:note.
// Cost: one pass over the resources with a status; passages are read once each.
import type { Term } from 'n3';
import { OA, RDF_TYPE, REP } from '../../vocab.js';
import type { Violation } from '../validation-report.js';
import { TERM, inferredOf, ruleViolation, valueOf, type RuleContext } from './rule-context.js';

/** Words by which the report says a situation went on: a cited passage with one states it. */
const CONTINUING = /\b(today|since|continues?|continuing|remains?|remained|still|ongoing|have been|has been|over six years)\b/i;

export function ongoingStatusRule(context: RuleContext): Violation[] {
  const { store, reportDate } = context;
  const violations: Violation[] = [];
  for (const quad of context.data) {
    if (quad.predicate.value !== TERM.actStatus || quad.object.value !== TERM.ongoing) continue;
    const subject = quad.subject;
    const latest = valueOf(store, subject, REP.latestDate);
    if (reportDate !== undefined && latest !== reportDate) {
      violations.push(
        ruleViolation(
          subject,
          REP.latestDate,
          `status:ongoing, so rep:latestDate should be the report's date, ${reportDate}: the act went on until then${latest === undefined ? ' (it has no rep:latestDate)' : ''}.`,
          store.getObjects(subject, REP.latestDate, null)[0],
        ),
      );
    }
    if (!inferredOf(store, subject).has(TERM.actStatus) && !citedPassages(context, subject).some((text) => CONTINUING.test(text))) {
      violations.push(
        ruleViolation(
          subject,
          TERM.actStatus,
          'status:ongoing, but no cited passage says the act went on ("today", "since", "continues", "remained"...): cite the passage that does, or name rep:actStatus in rep:inferred and say in rep:note what the status is read from.',
          quad.object,
        ),
      );
    }
  }
  return violations;
}

/** The exact text of every passage the resource cites (rep:source → oa:exact). */
export function citedPassages(context: RuleContext, subject: Term): string[] {
  const { store } = context;
  return store.getObjects(subject, REP.source, null).flatMap((passage) =>
    store
      .getObjects(passage, OA.hasSelector, null)
      .filter((selector) => store.countQuads(selector, RDF_TYPE, OA.TextQuoteSelector, null) > 0)
      .flatMap((selector) => store.getObjects(selector, OA.exact, null).map((exact) => exact.value)),
  );
}
