// The seven browsable lists (/persons, /acts, /organisations, /un, /events, /documents, /places):
// which classes make up each list, its title, its columns and default order, and whether the act
// filters (type family, years, place, perpetrator, UN body, status) apply. Classes are taken
// with their rdfs:subClassOf descendants from the ontology in the graph, so a rep:TreatyBody is
// listed under UN and a rep:ReprisalsReport under documents.
import { NS, REP } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';

export const BROWSE_KINDS = ['persons', 'acts', 'organisations', 'un', 'events', 'documents', 'places'] as const;
export type BrowseKind = (typeof BROWSE_KINDS)[number];

export interface BrowseColumn {
  readonly key: string;
  readonly label: string;
  /** Numbers sort numerically and are right-aligned. */
  readonly numeric?: boolean;
}

export interface BrowseKindSpec {
  readonly kind: BrowseKind;
  readonly title: string;
  /** One sentence under the title: what the list holds. */
  readonly lead: string;
  readonly classes: readonly string[];
  /** Classes (and their descendants) left out even when they are below `classes`. */
  readonly excluded?: readonly string[];
  readonly columns: readonly BrowseColumn[];
  readonly defaultSort: string;
  /** The act filters apply: rows are kept when one of their acts passes. */
  readonly actFilters: boolean;
  /** The JSON-LD API list of the same items, when there is one. */
  readonly api?: string;
}

const name: BrowseColumn = { key: 'name', label: 'Name' };
const zh: BrowseColumn = { key: 'zh', label: 'Chinese name' };
const type: BrowseColumn = { key: 'type', label: 'Type' };
const acts: BrowseColumn = { key: 'acts', label: 'Acts', numeric: true };
const years: BrowseColumn = { key: 'years', label: 'Years' };

export const BROWSE_SPECS: Readonly<Record<BrowseKind, BrowseKindSpec>> = {
  persons: {
    kind: 'persons', title: 'Persons', lead: 'Human-rights defenders, relatives, lawyers and groups the report names, with the acts they suffered.',
    classes: [REP.Person, REP.PersonGroup], columns: [name, zh, acts, years, { key: 'families', label: 'Act types' }],
    defaultSort: 'name', actFilters: true, api: '/api/persons',
  },
  acts: {
    kind: 'acts', title: 'Acts of reprisal', lead: 'Every act of reprisal the report documents, with its victim, perpetrator, date and place.',
    classes: [REP.ReprisalAct],
    columns: [{ key: 'date', label: 'Date' }, { key: 'name', label: 'Act' }, { key: 'victim', label: 'Victim' }, { key: 'perpetrator', label: 'Perpetrator' }, { key: 'families', label: 'Type' }, { key: 'place', label: 'Place' }, { key: 'status', label: 'Status' }],
    defaultSort: 'date', actFilters: true, api: '/api/acts',
  },
  organisations: {
    kind: 'organisations', title: 'Organisations', lead: 'State organs that carried out acts, NGOs and other organisations the report names.',
    classes: [REP.Organisation, REP.NGO, REP.StateOrgan, REP.State], excluded: [REP.UNEntity],
    columns: [name, zh, type, { key: 'perpetrated', label: 'Acts carried out', numeric: true }, { key: 'suffered', label: 'Acts suffered', numeric: true }],
    defaultSort: 'name', actFilters: true, api: '/api/organisations',
  },
  un: {
    kind: 'un', title: 'UN bodies and mechanisms', lead: 'The UN bodies, treaty bodies, special procedures and offices defenders engaged with, and the acts that followed.',
    classes: [REP.UNEntity], columns: [name, { key: 'abbreviation', label: 'Abbreviation' }, type, { key: 'engagements', label: 'Engagements', numeric: true }, acts],
    defaultSort: 'name', actFilters: true, api: '/api/un-bodies',
  },
  events: {
    kind: 'events', title: 'Events', lead: 'Engagements with the UN, reviews, sessions, visits and other events the report names (acts of reprisal are listed under Acts).',
    classes: [REP.Event], excluded: [REP.ReprisalAct],
    columns: [{ key: 'date', label: 'Date' }, name, type, { key: 'place', label: 'Place' }],
    defaultSort: 'date', actFilters: false,
  },
  documents: {
    kind: 'documents', title: 'Documents', lead: 'UN documents, reports and statements the report cites, and the report itself.',
    classes: [REP.UNDocument, NS.rep('PublishedDocument'), REP.SourceDocument],
    columns: [name, type, { key: 'issuer', label: 'Issued by' }, { key: 'date', label: 'Date' }],
    defaultSort: 'name', actFilters: false,
  },
  places: {
    kind: 'places', title: 'Places', lead: 'Where acts happened and engagements took place.',
    classes: [REP.Place], columns: [name, zh, { key: 'within', label: 'Within' }, acts, { key: 'events', label: 'Events', numeric: true }],
    defaultSort: 'name', actFilters: true,
  },
};

/** Every class at or below `cls` along rdfs:subClassOf (the ontology is a small tree). */
export function classesBelow(graph: EntityGraph, cls: string): Set<string> {
  const out = new Set([cls]);
  const queue = [cls];
  while (queue.length > 0) {
    for (const sub of graph.subjects(NS.rdfs('subClassOf'), queue.pop()!)) {
      if (sub.termType === 'NamedNode' && !out.has(sub.value)) {
        out.add(sub.value);
        queue.push(sub.value);
      }
    }
  }
  return out;
}

/** The IRIs of a list's items (unsorted, unfiltered). */
export function itemsOf(graph: EntityGraph, spec: BrowseKindSpec): string[] {
  const excluded = new Set((spec.excluded ?? []).flatMap((cls) => [...classesBelow(graph, cls)]));
  const items = new Set<string>();
  for (const cls of spec.classes) {
    for (const below of classesBelow(graph, cls)) {
      if (excluded.has(below)) continue;
      for (const iri of graph.instancesOf(below)) {
        if (!graph.types(iri).some((t) => excluded.has(t))) items.add(iri);
      }
    }
  }
  return [...items];
}
