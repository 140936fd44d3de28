// Rule: date bounds agree with the date's precision (data/README.md, "Dates").
//   day    ⇒ earliest = latest;
//   month  ⇒ earliest the 1st, latest the last day of that month;
//   year   ⇒ 1 January and 31 December of that year;
//   season ⇒ earliest the first day of a season (March, June, September, December), latest the
//            last day of a season, at most a year later ("the spring and summer of 2018");
//   unknown ⇒ no bound the precision could give: every bound is taken from context.
// A latest bound past the report's date is capped at it; an ongoing act's latest bound is the
// report's date (checked by ongoing-status.ts). Any other bound is an inference: the resource
// must name it in rep:inferred (and rep:note, checked by the shapes, says how).
import type { Term } from 'n3';
import type { Violation } from '../validation-report.js';
import {
  earlier,
  formatDay,
  isSeasonEnd,
  isSeasonStart,
  lastOfMonth,
  monthSpan,
  parseDay,
  type Day,
} from './calendar.js';
import { NS, REP } from '../../vocab.js';
import { TERM, inferredOf, ruleViolation, valueOf, type RuleContext } from './rule-context.js';

const HOW_TO_FIX =
  'if the bound is read from context, name it in rep:inferred and say how in rep:note; otherwise correct the bound or the precision.';

export function dateBoundsRule(context: RuleContext): Violation[] {
  const { store } = context;
  const subjects = new Map<string, Term>();
  for (const quad of context.data) {
    if (quad.predicate.value === TERM.datePrecision && quad.subject.termType === 'NamedNode') {
      subjects.set(quad.subject.value, quad.subject);
    }
  }
  const violations: Violation[] = [];
  for (const subject of subjects.values()) {
    const precision = valueOf(store, subject, TERM.datePrecision)?.slice(NS.prec('').length);
    const earliestText = valueOf(store, subject, REP.earliestDate);
    const latestText = valueOf(store, subject, REP.latestDate);
    const inferred = inferredOf(store, subject);
    const ongoing = valueOf(store, subject, TERM.actStatus) === TERM.ongoing;
    const problems = boundProblems(precision, parseDay(earliestText), parseDay(latestText), context.reportDate);
    if (problems.earliest && !inferred.has(REP.earliestDate)) {
      violations.push(ruleViolation(subject, REP.earliestDate, `${problems.earliest}; ${HOW_TO_FIX}`, literal(store, subject, REP.earliestDate)));
    }
    const cappedByStatus = ongoing && latestText !== undefined && latestText === context.reportDate;
    if (problems.latest && !inferred.has(REP.latestDate) && !cappedByStatus) {
      violations.push(ruleViolation(subject, REP.latestDate, `${problems.latest}; ${HOW_TO_FIX}`, literal(store, subject, REP.latestDate)));
    }
  }
  return violations;
}

interface BoundProblems {
  readonly earliest?: string;
  readonly latest?: string;
}

/** What is wrong with each bound for the precision, in words; nothing when they agree. */
export function boundProblems(
  precision: string | undefined,
  earliest: Day | undefined,
  latest: Day | undefined,
  reportDate: string | undefined,
): BoundProblems {
  const capped = (end: Day) => earlier(formatDay(end), reportDate);
  const latestIs = (expected: string, why: string) =>
    latest && formatDay(latest) !== expected ? { latest: `prec:${precision}, so rep:latestDate should be ${expected} (${why})` } : {};
  switch (precision) {
    case 'day':
      return earliest ? latestIs(formatDay(earliest), 'the same day as rep:earliestDate') : {};
    case 'month': {
      if (earliest && earliest.day !== 1) {
        return { earliest: `prec:month, so rep:earliestDate should be the first of a month, ${formatDay({ ...earliest, day: 1 })}` };
      }
      const month = earliest ?? latest;
      return month ? latestIs(capped(lastOfMonth(month.year, month.month)), "the last day of that month, or the report's date if earlier") : {};
    }
    case 'year': {
      if (earliest && (earliest.month !== 1 || earliest.day !== 1)) {
        return { earliest: `prec:year, so rep:earliestDate should be 1 January, ${earliest.year}-01-01` };
      }
      const year = (earliest ?? latest)?.year;
      return year === undefined ? {} : latestIs(capped({ year, month: 12, day: 31 }), "31 December of that year, or the report's date if earlier");
    }
    case 'season': {
      if (earliest && !isSeasonStart(earliest)) {
        return { earliest: 'prec:season, so rep:earliestDate should be the first day of a season (1 March, 1 June, 1 September or 1 December)' };
      }
      if (latest && formatDay(latest) !== reportDate && (!isSeasonEnd(latest) || (earliest && monthSpan(earliest, latest) > 12))) {
        return { latest: 'prec:season, so rep:latestDate should be the last day of a season (31 May, 31 August, 30 November or the end of February) within a year of rep:earliestDate' };
      }
      return {};
    }
    case 'unknown':
      return {
        ...(earliest ? { earliest: 'prec:unknown: the report prints no date this bound follows from' } : {}),
        ...(latest ? { latest: 'prec:unknown: the report prints no date this bound follows from' } : {}),
      };
    default:
      return {}; // a missing or foreign precision is reported by the shapes
  }
}

function literal(store: RuleContext['store'], subject: Term, predicate: string): Term | undefined {
  return store.getObjects(subject, predicate, null)[0];
}
