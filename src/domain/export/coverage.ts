// The release's temporal and spatial coverage, read from the acts: the earliest rep:earliestDate
// and the latest rep:latestDate of any act (dates the report only bounds on one side count on
// that side), and the places where acts happened (rep:place), sorted by IRI.
import type { QuadIndex } from '../../store/graph-store.js';
import { NS, REP } from '../../vocab.js';
import { GraphView } from './graph-view.js';

export interface Coverage {
  /** xsd:date, or undefined when no act is dated. */
  readonly start?: string;
  readonly end?: string;
  readonly places: readonly { readonly iri: string; readonly label?: string }[];
}

/** Cost: one pass over the acts. */
export function coverage(store: QuadIndex): Coverage {
  const view = new GraphView(store);
  const acts = view.subjectsOfType(REP.ReprisalAct);
  const starts = acts.flatMap((a) => view.values(a, REP.earliestDate)).sort();
  const ends = acts.flatMap((a) => view.values(a, REP.latestDate)).sort();
  const places = [...new Set(acts.flatMap((a) => view.values(a, NS.rep('place'))))].sort();
  return {
    ...(starts[0] ? { start: starts[0] } : {}),
    ...(ends.length > 0 ? { end: ends[ends.length - 1] } : {}),
    places: places.map((iri) => {
      const label = view.label(iri);
      return label ? { iri, label } : { iri };
    }),
  };
}
