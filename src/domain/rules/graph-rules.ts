// The graph rules of `kg validate` beyond SHACL Core: checks that compare values across
// resources (dates against precision and the report's date, raisings against acts, victims
// against passage text, places against perpetrators, references). Each rule is one file of
// this folder; each has a broken fixture in tests/fixtures/broken/ that it must fail.
// Cost: each rule is one pass over the data part with index lookups; well under a second.
import type { Quad } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import type { Violation } from '../validation-report.js';
import { dateBoundsRule } from './date-bounds.js';
import { inferredPlaceRule } from './inferred-place.js';
import { ongoingStatusRule } from './ongoing-status.js';
import { raisingDatesRule } from './raising-dates.js';
import { buildContext, type RuleContext } from './rule-context.js';
import { unusedResourcesRule } from './unused-resources.js';
import { victimNamedRule } from './victim-named.js';

const RULES: readonly ((context: RuleContext) => Violation[])[] = [
  dateBoundsRule,
  ongoingStatusRule,
  raisingDatesRule,
  victimNamedRule,
  inferredPlaceRule,
  unusedResourcesRule,
];

/** Runs every rule on the graph; `data` is the data part (the rules judge what curators wrote). */
export function graphRules(store: QuadIndex, data: readonly Quad[]): Violation[] {
  const context = buildContext(store, data);
  return RULES.flatMap((rule) => rule(context));
}
