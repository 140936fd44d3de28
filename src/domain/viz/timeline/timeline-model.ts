// The timeline's view model: one row per act, drawn over [earliestDate, latestDate] with the
// precision the report gives. Contract:
//   - precision day/month: the range is what the report says (a month spans the whole month);
//     season, year and unknown-with-bounds: a fuzzy band (the act lies somewhere in it).
//   - status ongoing: the row runs to the report's date (REPORT_DATE) and is marked ongoing.
//   - no earliestDate but a latestDate: the start is not given (the view fades it in).
//   - no dates at all: the act is listed as undated, after the dated rows.
// Rows are sorted by earliest date, then latest date, then precision (finest first), then label;
// undated acts by label.
// Pure: graph in, plain data out; cost linear in the acts.
import { NS, OA, REP } from '../../../vocab.js';
import type { EntityGraph } from '../../entity/entity-graph.js';
import { familiesOfAct, type FamilySlug } from '../act-families.js';
import { localPath, slugOf } from '../viz-paths.js';

/** The date of the report all statuses refer to (1 November 2018). */
export const REPORT_DATE = '2018-11-01';

export type Precision = 'day' | 'month' | 'season' | 'year' | 'unknown';

export interface Named {
  readonly iri: string;
  readonly path: string;
  readonly label: string;
}

export interface TimelineRow extends Named {
  readonly families: readonly FamilySlug[];
  /** Labels of the act's own types. */
  readonly types: readonly string[];
  readonly precision: Precision;
  /** ISO dates; `start` absent when the report gives no start. Undated rows have neither. */
  readonly start?: string;
  readonly end?: string;
  readonly dateAsPrinted?: string;
  readonly ongoing: boolean;
  /** True when the drawn range is a band the act lies somewhere in, not its exact extent. */
  readonly fuzzy: boolean;
  readonly victims: readonly Named[];
  readonly perpetrators: readonly Named[];
  /** The first quoted passage of the report the act cites. */
  readonly passage?: Named & { readonly exact: string };
}

export interface TimelineModel {
  readonly rows: readonly TimelineRow[];
  readonly undated: readonly TimelineRow[];
  /** First and last day of the axis: 1 January of the first year, the report's date. */
  readonly axis: readonly [string, string];
}

const P = {
  datePrecision: NS.rep('datePrecision'),
  dateAsPrinted: NS.rep('dateAsPrinted'),
  actStatus: NS.rep('actStatus'),
} as const;

export function timelineModel(graph: EntityGraph, acts: readonly string[]): TimelineModel {
  const all = acts.map((act) => timelineRow(graph, act));
  const rows = all.filter((row) => row.end !== undefined).sort(byDate);
  const undated = all.filter((row) => row.end === undefined).sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const firstYear = Math.min(...rows.map((row) => Number((row.start ?? row.end!).slice(0, 4))), Number(REPORT_DATE.slice(0, 4)));
  return { rows, undated, axis: [`${firstYear}-01-01`, REPORT_DATE] };
}

export function timelineRow(graph: EntityGraph, act: string): TimelineRow {
  const named = (iri: string): Named => ({ iri, path: localPath(iri), label: graph.label(iri) ?? slugOf(iri) });
  const precision = (slugOf(graph.value(act, P.datePrecision) ?? 'unknown') as Precision) ?? 'unknown';
  const ongoing = graph.value(act, P.actStatus) === NS.status('ongoing');
  const earliest = graph.value(act, REP.earliestDate);
  let latest = graph.value(act, REP.latestDate) ?? earliest;
  if (ongoing && earliest !== undefined) latest = REPORT_DATE;
  const passage = graph
    .objects(act, REP.source)
    .map((p) => p.value)
    .sort(byPassageStart)[0];
  return {
    ...named(act),
    families: familiesOfAct(graph, act),
    types: graph.objects(act, REP.actType).map((t) => graph.label(t) ?? slugOf(t.value)).sort(),
    precision,
    ...(earliest !== undefined ? { start: earliest } : {}),
    ...(latest !== undefined ? { end: latest } : {}),
    ...(graph.value(act, P.dateAsPrinted) ? { dateAsPrinted: graph.value(act, P.dateAsPrinted) } : {}),
    ongoing,
    fuzzy: precision !== 'day' && precision !== 'month',
    victims: graph.objects(act, REP.victim).map((v) => named(v.value)),
    perpetrators: graph.objects(act, REP.perpetrator).map((p) => named(p.value)),
    ...(passage ? { passage: { ...named(passage), exact: passageText(graph, passage) } } : {}),
  };
}

function byDate(a: TimelineRow, b: TimelineRow): number {
  const startA = a.start ?? a.end!;
  const startB = b.start ?? b.end!;
  return (
    startA.localeCompare(startB) ||
    a.end!.localeCompare(b.end!) ||
    PRECISION_RANK.indexOf(a.precision) - PRECISION_RANK.indexOf(b.precision) ||
    a.label.localeCompare(b.label, 'en')
  );
}

/** On equal dates, the act dated more precisely comes first. */
const PRECISION_RANK: readonly Precision[] = ['day', 'month', 'season', 'year', 'unknown'];

/** Passages are named by their character offsets (passage/1641-1839): earliest in the report first. */
function byPassageStart(a: string, b: string): number {
  const start = (iri: string) => Number(/(\d+)-\d+$/.exec(iri)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return start(a) - start(b) || a.localeCompare(b);
}

/** The exact quoted text of a passage (its TextQuoteSelector's oa:exact). */
function passageText(graph: EntityGraph, passage: string): string {
  for (const selector of graph.objects(passage, OA.hasSelector)) {
    const exact = graph.value(selector, OA.exact);
    if (exact) return exact;
  }
  return graph.label(passage) ?? '';
}

/** The acts a person or group suffered (rep:victim), for the timeline on their page. */
export function actsOfVictim(graph: EntityGraph, victim: string): string[] {
  return graph
    .subjects(REP.victim, victim)
    .map((t) => t.value)
    .filter((a) => graph.isA(a, REP.ReprisalAct));
}
