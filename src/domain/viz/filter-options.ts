// The choices of the views' filter form, from the graph: act types (families first, then their
// narrower types), places, perpetrators and UN bodies that occur in acts or engagements, and
// the statuses acts have. Each choice is a slug the filter parser accepts and an English label.
import { NS, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { actFamilies, familyOfType } from './act-families.js';
import { slugOf } from './viz-paths.js';

export interface FilterChoice {
  readonly value: string;
  readonly label: string;
}

export interface FilterOptions {
  readonly type: readonly FilterChoice[];
  readonly place: readonly FilterChoice[];
  readonly perpetrator: readonly FilterChoice[];
  readonly unBody: readonly FilterChoice[];
  readonly status: readonly FilterChoice[];
  /** First and last year any act's dates touch. */
  readonly years: readonly [number, number];
}

const UN_CLASSES = [REP.UNBody, REP.TreatyBody, REP.UNMechanism, REP.UNOffice, NS.rep('SpecialProcedureMandate'), REP.UNEntity];

export function filterOptions(graph: EntityGraph): FilterOptions {
  const acts = graph.instancesOf(REP.ReprisalAct);
  const label = (iri: string) => graph.label(iri) ?? slugOf(iri);
  const choices = (iris: Iterable<string>): FilterChoice[] =>
    [...new Set(iris)].map((iri) => ({ value: slugOf(iri), label: label(iri) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));

  const usedTypes = new Set(acts.flatMap((act) => graph.objects(act, REP.actType).map((t) => t.value)));
  const type = actFamilies(graph).flatMap((family) => [
    { value: family.slug, label: `${family.label} (all)` },
    ...choices([...usedTypes].filter((t) => t !== family.iri && familyOfType(graph, t) === family.slug)).map((c) => ({
      value: c.value,
      label: `— ${c.label}`,
    })),
  ]);
  const unBodies = UN_CLASSES.flatMap((cls) => graph.instancesOf(cls));
  const years = acts
    .flatMap((act) => [graph.value(act, REP.earliestDate), graph.value(act, REP.latestDate)])
    .filter((d) => d !== undefined)
    .map((d) => Number(d.slice(0, 4)));
  return {
    type,
    place: choices(graph.instancesOf(REP.Place)),
    perpetrator: choices(acts.flatMap((act) => graph.objects(act, REP.perpetrator).map((p) => p.value))),
    unBody: choices(unBodies),
    status: choices(acts.map((act) => graph.value(act, NS.rep('actStatus'))).filter((s) => s !== undefined)),
    years: [Math.min(...years), Math.max(...years)],
  };
}
