// A person's situation at the report's date (1 November 2018), derived from the acts against
// them, never asserted separately: deceased if they are the victim of a death in custody; else
// from their acts with rep:actStatus status:ongoing — deprived of liberty (any type in the
// deprivation-of-liberty family, or a conviction whose sentence is an unsuspended prison term),
// movement restricted (restriction-of-movement family), another ongoing act; else none reported.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';

export const PERSON_STATUSES = [
  'deceased',
  'deprived-of-liberty',
  'movement-restricted',
  'other-ongoing-act',
  'no-ongoing-act-reported',
] as const;

export type PersonStatus = (typeof PERSON_STATUSES)[number];

export interface StatusAtReportDate {
  readonly status: PersonStatus;
  /** The act the status rests on (the first by id among the acts of the deciding rank). */
  readonly actId?: string;
}

const RANK: Readonly<Record<PersonStatus, number>> = {
  deceased: 0,
  'deprived-of-liberty': 1,
  'movement-restricted': 2,
  'other-ongoing-act': 3,
  'no-ongoing-act-reported': 4,
};

export function statusAtReportDate(view: GraphView, person: string): StatusAtReportDate {
  let best: StatusAtReportDate = { status: 'no-ongoing-act-reported' };
  for (const act of view.subjects(REP.victim, person)) {
    if (!view.hasType(act, REP.ReprisalAct)) continue;
    const status = statusFromAct(view, act);
    if (status && RANK[status] < RANK[best.status]) best = { status, actId: slugOf(act) };
  }
  return best;
}

function statusFromAct(view: GraphView, act: string): PersonStatus | undefined {
  const families = new Set(view.values(act, REP.actType).flatMap((t) => view.broaderClosure(t)));
  if (families.has(NS.acttype('death-in-custody'))) return 'deceased';
  if (view.one(act, NS.rep('actStatus')) !== NS.status('ongoing')) return undefined;
  if (families.has(NS.acttype('deprivation-of-liberty'))) return 'deprived-of-liberty';
  if (families.has(NS.acttype('conviction')) && servingPrisonTerm(view, act)) return 'deprived-of-liberty';
  if (families.has(NS.acttype('restriction-of-movement'))) return 'movement-restricted';
  return 'other-ongoing-act';
}

/** The act's proceeding has a sentence with a prison term that is not suspended. */
function servingPrisonTerm(view: GraphView, act: string): boolean {
  const proceeding = view.one(act, NS.rep('inProceeding'));
  if (proceeding === undefined) return false;
  return view
    .values(proceeding, NS.rep('sentence'))
    .some((s) => view.one(s, NS.rep('prisonTerm')) !== undefined && view.one(s, NS.rep('suspended')) !== 'true');
}
