// The rows of a browsable list: one per item, each cell a text with its sort key and, where the
// value is another entity, links to its page. Counts and year spans are taken over the item's
// acts that pass the filter (the same filter parser and matcher as the timeline, network and
// map, domain/viz/act-filter.ts, so a filtered list and a filtered view agree); with a filter
// given, items with no passing act are left out. Sorting is stable: by the chosen column, then
// by name. Cost: linear in items × their acts, index lookups only (the graph is small).
import { NS, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';
import { localHref } from '../entity/entity-path.js';
import { actMatches } from '../api/list-items.js';
import { actFamilies, familiesOfAct } from '../viz/act-families.js';
import { actPasses, type VizFilter } from '../viz/act-filter.js';
import { BROWSE_SPECS, itemsOf, type BrowseKind, type BrowseKindSpec } from './browse-kinds.js';

export interface CellLink {
  readonly label: string;
  readonly href: string;
}

export interface BrowseCell {
  readonly text: string;
  readonly sort: string | number;
  readonly links?: readonly CellLink[];
  /** 'zh-Hans' for Chinese text. */
  readonly lang?: string;
}

export interface BrowseRow {
  readonly iri: string;
  readonly href: string;
  readonly cells: Readonly<Record<string, BrowseCell>>;
}

export interface BrowseList {
  readonly spec: BrowseKindSpec;
  /** Items of the kind in the graph, before filtering. */
  readonly total: number;
  readonly rows: readonly BrowseRow[];
  readonly sort: string;
  readonly descending: boolean;
}

export interface BrowseOptions {
  readonly filter?: VizFilter;
  readonly sort?: string;
  readonly descending?: boolean;
}

export class UnknownSortError extends Error {
  override readonly name = 'UnknownSortError';
}

const P = {
  place: NS.rep('place'),
  status: NS.rep('actStatus'),
  engagedWith: NS.rep('engagedWith'),
  containedIn: NS.schema('containedInPlace'),
  abbreviation: NS.rep('abbreviation'),
  issuedBy: NS.rep('issuedBy'),
  reportYear: NS.rep('reportYear'),
  dateAsPrinted: NS.rep('dateAsPrinted'),
  responsibleState: NS.rep('responsibleState'),
};

export function browseList(graph: EntityGraph, kind: BrowseKind, options: BrowseOptions = {}): BrowseList {
  const spec = BROWSE_SPECS[kind];
  const sort = options.sort ?? spec.defaultSort;
  if (!spec.columns.some((c) => c.key === sort)) {
    throw new UnknownSortError(`Cannot sort ${kind} by "${sort}"; sort by one of: ${spec.columns.map((c) => c.key).join(', ')}.`);
  }
  const filter = spec.actFilters ? options.filter : undefined;
  const filtering = filter !== undefined && Object.keys(filter.given).length > 0;
  const passes = (act: string) => !filtering || actPasses(graph, act, filter);
  const items = itemsOf(graph, spec);
  const rows: BrowseRow[] = [];
  for (const iri of items) {
    const row = rowOf(graph, kind, iri, passes);
    if (filtering && !row.kept) continue;
    rows.push({ iri, href: localHref(iri), cells: row.cells });
  }
  const descending = options.descending ?? false;
  const column = spec.columns.find((c) => c.key === sort)!;
  rows.sort((a, b) => {
    const x = a.cells[sort]?.sort ?? '';
    const y = b.cells[sort]?.sort ?? '';
    const primary = column.numeric ? Number(x) - Number(y) : String(x).localeCompare(String(y), 'en');
    return (descending ? -primary : primary) || String(a.cells['name']?.sort).localeCompare(String(b.cells['name']?.sort), 'en') || a.iri.localeCompare(b.iri);
  });
  return { spec, total: items.length, rows, sort, descending };
}

interface RowResult {
  readonly cells: Record<string, BrowseCell>;
  /** Some act of the row passes the filter. */
  readonly kept: boolean;
}

function rowOf(graph: EntityGraph, kind: BrowseKind, iri: string, passes: (act: string) => boolean): RowResult {
  const cells: Record<string, BrowseCell> = { name: nameCell(graph, iri) };
  const chinese = graph.label(iri, 'zh');
  if (chinese) cells['zh'] = { text: chinese, sort: chinese, lang: 'zh-Hans' };
  switch (kind) {
    case 'persons': {
      const acts = actsWhere(graph, REP.victim, iri).filter(passes);
      Object.assign(cells, countCell('acts', acts), yearsCell(graph, acts), familiesCell(graph, acts));
      return { cells, kept: acts.length > 0 };
    }
    case 'acts': {
      const date = dateCell(graph, iri);
      cells['date'] = date;
      cells['victim'] = linksCell(graph, graph.objects(iri, REP.victim).map((t) => t.value));
      cells['perpetrator'] = linksCell(graph, [...graph.objects(iri, REP.perpetrator), ...graph.objects(iri, P.responsibleState)].map((t) => t.value));
      cells['place'] = linksCell(graph, graph.objects(iri, P.place).map((t) => t.value));
      const status = graph.value(iri, P.status);
      cells['status'] = status ? { text: graph.label(status) ?? status, sort: graph.label(status) ?? status } : empty();
      Object.assign(cells, familiesCell(graph, [iri]));
      return { cells, kept: passes(iri) };
    }
    case 'organisations': {
      const perpetrated = actsWhere(graph, REP.perpetrator, iri).filter(passes);
      const suffered = actsWhere(graph, REP.victim, iri).filter(passes);
      Object.assign(cells, typeCell(graph, iri), countCell('perpetrated', perpetrated), countCell('suffered', suffered));
      return { cells, kept: perpetrated.length + suffered.length > 0 };
    }
    case 'un': {
      const acts = graph.instancesOf(REP.ReprisalAct).filter((act) => actMatches(graph, act, { limit: 0, offset: 0, unBody: iri }) && passes(act));
      const abbreviation = graph.value(iri, P.abbreviation);
      cells['abbreviation'] = abbreviation ? { text: abbreviation, sort: abbreviation } : empty();
      Object.assign(cells, typeCell(graph, iri), countCell('acts', acts));
      cells['engagements'] = { text: String(engagementsWith(graph, iri).length), sort: engagementsWith(graph, iri).length };
      return { cells, kept: acts.length > 0 };
    }
    case 'events': {
      cells['date'] = dateCell(graph, iri);
      cells['place'] = linksCell(graph, graph.objects(iri, P.place).map((t) => t.value));
      Object.assign(cells, typeCell(graph, iri));
      return { cells, kept: true };
    }
    case 'documents': {
      const year = graph.value(iri, P.reportYear);
      cells['date'] = year ? { text: year, sort: year } : dateCell(graph, iri);
      cells['issuer'] = linksCell(graph, graph.objects(iri, P.issuedBy).map((t) => t.value));
      Object.assign(cells, typeCell(graph, iri));
      return { cells, kept: true };
    }
    case 'places': {
      const acts = graph.instancesOf(REP.ReprisalAct).filter((act) => graph.objects(act, P.place).some((p) => within(graph, p.value, iri)) && passes(act));
      const events = graph.subjects(P.place, iri).filter((s) => !graph.isA(s, REP.ReprisalAct)).length;
      const parent = graph.objects(iri, P.containedIn).map((t) => t.value);
      cells['within'] = linksCell(graph, parent);
      cells['events'] = { text: String(events), sort: events };
      Object.assign(cells, countCell('acts', acts));
      return { cells, kept: acts.length > 0 };
    }
  }
}

function nameCell(graph: EntityGraph, iri: string): BrowseCell {
  const label = graph.label(iri) ?? graph.label(iri, 'zh') ?? localHref(iri);
  return { text: label, sort: label.toLowerCase(), links: [{ label, href: localHref(iri) }] };
}

function empty(): BrowseCell {
  return { text: '', sort: '' };
}

function countCell(key: string, acts: readonly string[]): Record<string, BrowseCell> {
  return { [key]: { text: String(acts.length), sort: acts.length } };
}

function yearsCell(graph: EntityGraph, acts: readonly string[]): Record<string, BrowseCell> {
  const first = acts.map((a) => graph.value(a, REP.earliestDate)).filter((d) => d !== undefined).sort()[0];
  const last = acts.map((a) => graph.value(a, REP.latestDate)).filter((d) => d !== undefined).sort().at(-1);
  if (!first) return { years: empty() };
  const span = last && last.slice(0, 4) !== first.slice(0, 4) ? `${first.slice(0, 4)}–${last.slice(0, 4)}` : first.slice(0, 4);
  return { years: { text: span, sort: first } };
}

function familiesCell(graph: EntityGraph, acts: readonly string[]): Record<string, BrowseCell> {
  const labels = new Map(actFamilies(graph).map((f) => [f.slug, f.label]));
  const found = [...new Set(acts.flatMap((act) => familiesOfAct(graph, act)))];
  const ordered = [...labels.keys()].filter((slug) => found.includes(slug)).map((slug) => labels.get(slug)!);
  return { families: { text: ordered.join(', '), sort: ordered.join(', ') } };
}

/** The date as the report prints it, else the range; sorted by the earliest date (undated last). */
function dateCell(graph: EntityGraph, iri: string): BrowseCell {
  const printed = graph.value(iri, P.dateAsPrinted);
  const earliest = graph.value(iri, REP.earliestDate);
  const latest = graph.value(iri, REP.latestDate);
  const range = earliest ? (latest && latest !== earliest ? `${earliest} – ${latest}` : earliest) : '';
  return { text: printed ?? range, sort: earliest ?? '9999' };
}

function linksCell(graph: EntityGraph, iris: readonly string[]): BrowseCell {
  const links = [...new Set(iris)].map((iri) => ({ label: graph.label(iri) ?? graph.label(iri, 'zh') ?? localHref(iri), href: localHref(iri) }));
  const text = links.map((l) => l.label).join(', ');
  return { text, sort: text.toLowerCase(), links };
}

/** The item's most specific classes with an English label (not the generic ones they refine). */
function typeCell(graph: EntityGraph, iri: string): Record<string, BrowseCell> {
  const types = graph.types(iri).filter((t) => t.startsWith(NS.rep.iri));
  const specific = types.filter((t) => !types.some((other) => other !== t && graph.objects(other, NS.rdfs('subClassOf')).some((s) => s.value === t)));
  const labels = specific.map((t) => graph.label(t) ?? t).sort();
  const text = labels.join(', ');
  return { type: { text, sort: text } };
}

function actsWhere(graph: EntityGraph, predicate: string, object: string): string[] {
  return graph.subjects(predicate, object).map((t) => t.value).filter((act) => graph.isA(act, REP.ReprisalAct));
}

/** Engagements addressed to the UN entity or to a meeting one hop from it (a review, a session). */
function engagementsWith(graph: EntityGraph, un: string): string[] {
  return graph
    .instancesOf(REP.UNEngagement)
    .filter((e) => graph.objects(e, P.engagedWith).some((t) => t.value === un || graph.outgoing(t).some((q) => q.object.value === un)));
}

function within(graph: EntityGraph, place: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [place];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current === target) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...graph.objects(current, P.containedIn).map((t) => t.value));
  }
  return false;
}
