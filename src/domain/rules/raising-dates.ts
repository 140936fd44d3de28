// Rule: a UN raising is not dated before an act it concerns. A rep:CaseRaising (or the
// document or event it was raised in) whose latest possible date falls before the earliest
// possible date of a rep:concernsAct cannot have raised that act: either the act is wrong (the
// raising concerns the person, or another act) or one of the dates is.
import type { Term } from 'n3';
import { REP } from '../../vocab.js';
import type { Violation } from '../validation-report.js';
import { TERM, dataSubjectsOf, ruleViolation, valueOf, type RuleContext } from './rule-context.js';

export function raisingDatesRule(context: RuleContext): Violation[] {
  const { store } = context;
  const violations: Violation[] = [];
  for (const raising of dataSubjectsOf(context, REP.CaseRaising)) {
    const dated: Term[] = [raising, ...store.getObjects(raising, TERM.raisedIn, null)];
    for (const act of store.getObjects(raising, TERM.concernsAct, null)) {
      const actStart = valueOf(store, act, REP.earliestDate);
      if (actStart === undefined) continue;
      for (const when of dated) {
        const latest = valueOf(store, when, REP.latestDate);
        if (latest === undefined || latest >= actStart) continue;
        const which = when.equals(raising) ? 'The raising' : `Its rep:raisedIn <${when.value}>`;
        violations.push(
          ruleViolation(
            raising,
            TERM.concernsAct,
            `${which} is dated no later than ${latest}, before the act it concerns began (rep:earliestDate ${actStart}): a raising cannot concern a later act. Point rep:concernsAct at the act it did concern, keep only rep:concernsPerson, or correct the dates.`,
            act,
          ),
        );
      }
    }
  }
  return violations;
}
