// The properties a researcher can pull back into a spreadsheet (data extension) or use to narrow
// a query (`properties`): Wikidata and Wikipedia links, Chinese name, roles, charges, detention
// dates, sentences, citizenship, containing place, counts of acts. Each is read from the graph
// with index lookups only (a handful per entity; no query engine).
import { DataFactory, type Term } from 'n3';
import type { QuadIndex } from '../../store/graph-store.js';
import { ENWIKI_ARTICLE, LINK, NS, RDF_TYPE, RDFS_LABEL, REP, WIKIDATA_ENTITY } from '../../vocab.js';
import { caseRecordsOf } from '../links/case-record-list.js';
import type { IndexedEntity, ReconcileIndex } from './reconcile-index.js';
import type { ExtendProperty, ExtendValue } from './reconcile-types.js';

const { namedNode } = DataFactory;

interface PropertyDef extends ExtendProperty {
  /** Type ids the property applies to; empty: every type. */
  readonly types: readonly string[];
  values(index: ReconcileIndex, entity: IndexedEntity): ExtendValue[];
}

const objects = (store: QuadIndex, s: string, p: string): Term[] => store.getObjects(namedNode(s), namedNode(p), null);
const subjects = (store: QuadIndex, p: string, o: string): Term[] => store.getSubjects(namedNode(p), namedNode(o), null);

function labelOf(store: QuadIndex, iri: string): string {
  for (const p of [RDFS_LABEL, NS.skos('prefLabel')]) {
    const labels = objects(store, iri, p).filter((t) => t.termType === 'Literal');
    const en = labels.find((t) => (t as { language?: string }).language === 'en') ?? labels[0];
    if (en) return en.value;
  }
  return iri;
}

const unique = <T extends ExtendValue>(values: T[]): T[] => {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(JSON.stringify(v)) && seen.add(JSON.stringify(v)) !== undefined);
};

function entityRef(index: ReconcileIndex, iri: string): ExtendValue {
  const entity = index.entities.find((e) => e.iri === iri);
  return entity ? { id: entity.id, name: entity.name } : { str: labelOf(index.store, iri) };
}

function actsWith(store: QuadIndex, role: string, iri: string): string[] {
  return subjects(store, role, iri)
    .filter((t) => store.countQuads(t, namedNode(RDF_TYPE), namedNode(REP.ReprisalAct), null) > 0)
    .map((t) => t.value)
    .sort();
}

/** Act types at or below "deprivation of liberty" (skos:broader*): detention, disappearance, house arrest... */
function detentionTypes(store: QuadIndex): Set<string> {
  const out = new Set([NS.acttype('deprivation-of-liberty')]);
  const queue = [...out];
  while (queue.length > 0) {
    const current = queue.pop() as string;
    for (const narrower of subjects(store, NS.skos('broader'), current)) {
      if (!out.has(narrower.value)) {
        out.add(narrower.value);
        queue.push(narrower.value);
      }
    }
  }
  return out;
}

function detentions(store: QuadIndex, person: string): string[] {
  const types = detentionTypes(store);
  return actsWith(store, REP.victim, person).filter((act) => objects(store, act, REP.actType).some((t) => types.has(t.value)));
}

const str = (value: string): ExtendValue => ({ str: value });

/**
 * An xsd:date (or gYearMonth, gYear, dateTime) as the ISO date-time the 0.2 schema requires for
 * `date` values, at midnight UTC of its first day: "2013-09-01" → "2013-09-01T00:00:00Z". A value
 * that is no date stays text, so nothing is lost.
 */
export function dateValue(value: string): ExtendValue {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u.test(value)) return { date: value };
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(value);
  if (!day) return str(value);
  return { date: `${day[1]}-${day[2] ?? '01'}-${day[3] ?? '01'}T00:00:00Z` };
}

export const PROPERTIES: readonly PropertyDef[] = [
  { id: 'wikidata', name: 'Wikidata item (QID)', types: [], values: (i, e) =>
    objects(i.store, e.iri, LINK.sameAs).concat(objects(i.store, e.iri, LINK.exactMatch))
      .filter((t) => t.value.startsWith(WIKIDATA_ENTITY)).map((t) => str(t.value.slice(WIKIDATA_ENTITY.length))) },
  { id: 'wikipedia', name: 'English Wikipedia article', types: [], values: (i, e) =>
    objects(i.store, e.iri, LINK.sameAs).filter((t) => t.value.startsWith(ENWIKI_ARTICLE)).map((t) => str(t.value)) },
  { id: 'name_zh', name: 'Chinese name', types: [], values: (_i, e) => e.names.filter((n) => n.lang.startsWith('zh')).map((n) => str(n.value)) },
  { id: 'abbreviation', name: 'abbreviation', types: [], values: (i, e) => objects(i.store, e.iri, NS.rep('abbreviation')).map((t) => str(t.value)) },
  { id: 'description', name: 'description', types: [], values: (_i, e) => (e.description ? [str(e.description)] : []) },
  // Type ids are those the manifest declares (defaultTypes, suggest/type); the view template
  // (/reconcile/view?id=) sends them to the class's documentation, not to a missing /id/ page.
  { id: 'type', name: 'type', types: [], values: (_i, e) => e.types.map((t) => ({ id: t.id, name: t.name })) },
  { id: 'role', name: 'role', types: ['Person'], values: (i, e) => objects(i.store, e.iri, NS.rep('role')).map((t) => str(labelOf(i.store, t.value))) },
  { id: 'charge', name: 'charges', types: ['Person'], values: (i, e) => {
    const proceedings = subjects(i.store, NS.rep('defendant'), e.iri).map((t) => t.value);
    const holders = [...proceedings, ...actsWith(i.store, REP.victim, e.iri)];
    return unique(holders.flatMap((h) => objects(i.store, h, REP.charge)).map((t) => str(labelOf(i.store, t.value))));
  } },
  { id: 'detention', name: 'detentions (date as printed: kind)', types: ['Person'], values: (i, e) =>
    detentions(i.store, e.iri).map((act) => {
      const date = objects(i.store, act, NS.rep('dateAsPrinted'))[0]?.value ?? 'date not given';
      const kinds = objects(i.store, act, REP.actType).map((t) => labelOf(i.store, t.value)).join(', ');
      return str(`${date}: ${kinds}`);
    }) },
  { id: 'detention_start', name: 'detention start (earliest date)', types: ['Person'], values: (i, e) =>
    [...new Set(detentions(i.store, e.iri).flatMap((act) => objects(i.store, act, REP.earliestDate)).map((t) => t.value))].sort().map(dateValue) },
  { id: 'sentence', name: 'sentence', types: ['Person'], values: (i, e) => subjects(i.store, NS.rep('sentenced'), e.iri).map((t) => str(labelOf(i.store, t.value))) },
  { id: 'prison_term', name: 'prison term (xsd:duration)', types: ['Person'], values: (i, e) =>
    subjects(i.store, NS.rep('sentenced'), e.iri).flatMap((s) => objects(i.store, s.value, NS.rep('prisonTerm'))).map((t) => str(t.value)) },
  { id: 'citizenship', name: 'citizenship', types: ['Person'], values: (i, e) => objects(i.store, e.iri, NS.rep('citizenship')).map((t) => entityRef(i, t.value)) },
  { id: 'birth_place', name: 'place of birth', types: ['Person'], values: (i, e) => objects(i.store, e.iri, NS.rep('birthPlace')).map((t) => entityRef(i, t.value)) },
  { id: 'located_in', name: 'located in', types: ['Place', 'Organisation'], values: (i, e) =>
    [...objects(i.store, e.iri, NS.schema('containedInPlace')), ...objects(i.store, e.iri, NS.schema('location'))].map((t) => entityRef(i, t.value)) },
  // The crosswalk (data/links/case-records.ttl): other records of the same case.
  { id: 'ishr_code', name: 'ISHR End Reprisals case code (YYYY-PPP-NNN)', types: ['Person'], values: (i, e) =>
    caseRecordsOf(i.store, e.iri).flatMap((r) => (r.ishrCode ? [str(r.ishrCode)] : [])) },
  { id: 'ishr_record', name: 'ISHR End Reprisals record (URL)', types: ['Person'], values: (i, e) =>
    caseRecordsOf(i.store, e.iri).flatMap((r) => (r.publisher === 'ISHR' && r.url ? [str(r.url)] : [])) },
  { id: 'case_pages', name: 'NGO and UN case pages (CHRD, Front Line Defenders, special procedures; URL)', types: ['Person'], values: (i, e) =>
    caseRecordsOf(i.store, e.iri).flatMap((r) => (r.publisher !== 'ISHR' && r.url ? [str(r.url)] : [])) },
  { id: 'document_symbol', name: 'UN document symbol', types: [], values: (i, e) =>
    caseRecordsOf(i.store, e.iri).flatMap((r) => (r.symbol ? [str(r.symbol)] : [])) },
  { id: 'acts_suffered', name: 'reprisal acts suffered (count)', types: ['Person', 'Organisation'], values: (i, e) => [{ int: actsWith(i.store, REP.victim, e.iri).length }] },
  { id: 'acts_perpetrated', name: 'reprisal acts perpetrated (count)', types: ['Organisation'], values: (i, e) => [{ int: actsWith(i.store, REP.perpetrator, e.iri).length }] },
];

/** The properties that apply to a type (all of them when no type is given). */
export function proposeProperties(typeId?: string): ExtendProperty[] {
  return PROPERTIES.filter((p) => !typeId || p.types.length === 0 || p.types.includes(typeId)).map(({ id, name }) => ({ id, name }));
}

export function findProperty(id: string): PropertyDef | undefined {
  return PROPERTIES.find((p) => p.id === id);
}

/** The values of a property for an entity; [] when it does not apply to the entity's types. */
export function propertyValues(index: ReconcileIndex, entity: IndexedEntity, id: string): ExtendValue[] {
  const property = findProperty(id);
  if (!property) return [];
  if (property.types.length > 0 && !entity.types.some((t) => property.types.includes(t.id))) return [];
  return property.values(index, entity);
}
