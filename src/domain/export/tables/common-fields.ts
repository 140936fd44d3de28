// Field specs and cell readers shared by several tables: ids and IRIs, labels, concept columns,
// and the four date columns every dated thing carries (rep:dateAsPrinted, rep:datePrecision,
// rep:earliestDate, rep:latestDate — see data/README.md "Dates").
import { NS, RDFS_LABEL, REP } from '../../../vocab.js';
import { MultiValuedCellError, slugOf, type GraphView } from '../graph-view.js';
import type { Cell, ClassSet, FieldSpec } from '../table.js';

export const SCHEME = {
  actType: NS.vocab('act-type'),
  charge: NS.vocab('charge'),
  role: NS.vocab('role'),
  engagementType: NS.vocab('engagement-type'),
  organType: NS.vocab('organ-type'),
  precision: NS.vocab('precision'),
  status: NS.vocab('status'),
  certainty: NS.vocab('certainty'),
  relationType: NS.vocab('relation-type'),
} as const;

/** The primary-key column: the last segment of the entity's IRI. */
export function idField(name: string, what: string): FieldSpec {
  return {
    name,
    type: 'string',
    required: true,
    description: `Id of the ${what}: the last segment of its IRI (stable; never reused).`,
  };
}

export function iriField(name: string, description: string, required = false): FieldSpec {
  return { name, type: 'string', format: 'uri', description, ...(required ? { required, unique: true } : {}) };
}

export function labelField(name = 'label'): FieldSpec {
  return { name, type: 'string', property: RDFS_LABEL, description: 'English label given by the curators (rdfs:label @en).' };
}

/** A column of concept slugs from `scheme`, read from `property`. */
export function conceptField(name: string, property: string, scheme: string, description = ''): FieldSpec {
  return { name, type: 'string', property, scheme, description };
}

export function dateFields(prefix = ''): FieldSpec[] {
  return [
    { name: `${prefix}date_as_printed`, type: 'string', property: NS.rep('dateAsPrinted'), description: '' },
    conceptField(`${prefix}date_precision`, NS.rep('datePrecision'), SCHEME.precision),
    { name: `${prefix}earliest_date`, type: 'date', property: REP.earliestDate, description: '' },
    { name: `${prefix}latest_date`, type: 'date', property: REP.latestDate, description: '' },
  ];
}

export function dateCells(view: GraphView, subject: string | undefined, prefix = ''): Record<string, Cell> {
  if (subject === undefined) return {};
  return {
    [`${prefix}date_as_printed`]: view.one(subject, NS.rep('dateAsPrinted')),
    [`${prefix}date_precision`]: slugOf(view.one(subject, NS.rep('datePrecision'))),
    [`${prefix}earliest_date`]: view.one(subject, REP.earliestDate),
    [`${prefix}latest_date`]: view.one(subject, REP.latestDate),
  };
}

/** `true`/`false` from an xsd:boolean literal; undefined when absent. */
export function booleanCell(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value === 'true' || value === '1';
}

/** An integer from an xsd:integer-like literal; undefined when absent. */
export function integerCell(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number.parseInt(value, 10);
}

const WIKIDATA_ENTITY = NS.wd.iri;
const ENWIKI = 'https://en.wikipedia.org/wiki/';

/** The reviewed links of an entity (schema:sameAs from data/links/): its Wikidata id and English Wikipedia article. */
export function externalLinkFields(): FieldSpec[] {
  return [
    { name: 'wikidata_id', type: 'string', property: NS.schema('sameAs'), description: 'Wikidata item id (Q…) from a reviewed link (links.csv); empty when none is verified.' },
    { name: 'wikipedia_url', type: 'string', format: 'uri', property: NS.schema('sameAs'), description: 'English Wikipedia article from a reviewed link (links.csv); empty when none is verified.' },
  ];
}

export function externalLinkCells(view: GraphView, iri: string): Record<string, Cell> {
  const sameAs = view.values(iri, NS.schema('sameAs'));
  const one = (values: string[]) => {
    if (values.length > 1) throw new MultiValuedCellError(iri, NS.schema('sameAs'), values);
    return values[0];
  };
  return {
    wikidata_id: one(sameAs.filter((t) => t.startsWith(WIKIDATA_ENTITY)).map((t) => t.slice(WIKIDATA_ENTITY.length))),
    wikipedia_url: one(sameAs.filter((t) => t.startsWith(ENWIKI))),
  };
}

/** The entities with an asserted type among `classes`, sorted by IRI. */
export function subjectsOfClasses(view: GraphView, classes: readonly string[]): string[] {
  return [...new Set(classes.flatMap((c) => view.subjectsOfType(c)))].sort();
}

/** Of the entity's asserted types among `classes`, the one no other of them is a subclass of. */
export function mostSpecificClass(view: GraphView, iri: string, classes: readonly string[]): string | undefined {
  const own = view.values(iri, NS.rdf('type')).filter((t) => classes.includes(t));
  return own.find((c) => !own.some((o) => o !== c && view.subclassClosure(c).includes(o))) ?? own[0];
}

/** A column of the local names of the ontology classes `classes` names (`StateOrgan`); the enum comes from the ontology. */
export function classField(name: string, classes: ClassSet, description: string): FieldSpec {
  return { name, type: 'string', required: true, property: NS.rdf('type'), classes, description };
}
