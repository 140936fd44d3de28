// Rule: a place read from the perpetrator's name is declared as an inference. When an act's
// rep:place is the rep:jurisdiction of one of its perpetrators ("Sichuan police" → Sichuan),
// the report named the organ, not necessarily where the act happened: the act must name
// rep:place in rep:inferred, and its rep:note (required by the shapes) must say so — unless
// the act is part of an event (rep:partOfEvent) the report places there ("a police raid on a
// human rights training in Southeast Asia").
// Also: rep:inferred may only name a property the resource has (a stale mark misleads).
import { RDF_TYPE, REP } from '../../vocab.js';
import type { Violation } from '../validation-report.js';
import { TERM, inferredOf, ruleViolation, type RuleContext } from './rule-context.js';

export function inferredPlaceRule(context: RuleContext): Violation[] {
  const { store } = context;
  const violations: Violation[] = [];
  for (const quad of context.data) {
    if (quad.predicate.value === TERM.place && store.countQuads(quad.subject, RDF_TYPE, REP.ReprisalAct, null) > 0) {
      const act = quad.subject;
      if (inferredOf(store, act).has(TERM.place)) continue;
      const placedByEvent = store
        .getObjects(act, TERM.partOfEvent, null)
        .some((event) => store.countQuads(event, TERM.place, quad.object, null) > 0);
      if (placedByEvent) continue;
      const organ = store
        .getObjects(act, REP.perpetrator, null)
        .find((perpetrator) => store.countQuads(perpetrator, TERM.jurisdiction, quad.object, null) > 0);
      if (organ) {
        violations.push(
          ruleViolation(
            act,
            TERM.place,
            `rep:place is the jurisdiction of the perpetrator <${organ.value}>: a place taken from the perpetrator's name is an inference. Name rep:place in rep:inferred and say so in rep:note, or leave the place on the organ.`,
            quad.object,
          ),
        );
      }
    }
    if (quad.predicate.value === TERM.inferred && store.countQuads(quad.subject, quad.object, null, null) === 0) {
      violations.push(
        ruleViolation(
          quad.subject,
          TERM.inferred,
          'rep:inferred names a property the resource does not have: remove the mark, or add the inferred value.',
          quad.object,
        ),
      );
    }
  }
  return violations;
}
