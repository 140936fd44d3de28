// From a table spec to its published Table Schema (https://specs.frictionlessdata.io/table-schema/):
// each field's description is the table's own note followed by the ontology's label and comment
// of the property it holds; a concept column's enum is the slugs of the concepts of its SKOS
// scheme it may hold (all, the top ones, or those used with its property), listed in its description.
// The datapackage (datapackage.ts) and the codebook (codebook.ts) both print this output, so
// they cannot disagree with each other or with the ontology.
import { NS, PREFIXES, RDFS_LABEL } from '../../vocab.js';
import { slugOf, type GraphView } from './graph-view.js';
import type { ClassSet, FieldSpec, FieldType, TableSpec } from './table.js';

export interface SchemaField {
  readonly name: string;
  readonly title?: string;
  readonly type: FieldType;
  readonly format?: string;
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly unique?: boolean; readonly enum?: readonly string[] };
}

export interface TableSchema {
  readonly fields: readonly SchemaField[];
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: TableSpec['foreignKeys'];
}

/** `rep:earliestDate` for an IRI of a known namespace (longest match); the IRI itself otherwise. */
export function compactIri(iri: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length && (!best || ns.length > best[1].length)) best = [prefix, ns];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

/** The slugs of the concepts of a SKOS scheme, sorted. */
export function schemeValues(view: GraphView, scheme: string): string[] {
  return view.subjects(NS.skos('inScheme'), scheme).map((c) => slugOf(c)).sort();
}

/**
 * The concepts a concept column may hold, as full IRIs sorted by slug: all of the scheme, its top
 * concepts, or those of the scheme the graph uses with the field's property (FieldSpec.conceptValues).
 */
export function conceptValues(view: GraphView, field: FieldSpec): string[] {
  const scheme = field.scheme;
  if (scheme === undefined) return [];
  const inScheme = view.subjects(NS.skos('inScheme'), scheme);
  let concepts: string[];
  switch (field.conceptValues ?? 'scheme') {
    case 'scheme':
      concepts = inScheme;
      break;
    case 'top': {
      const top = new Set([...view.subjects(NS.skos('topConceptOf'), scheme), ...view.values(scheme, NS.skos('hasTopConcept'))]);
      concepts = inScheme.filter((c) => top.has(c));
      break;
    }
    case 'used': {
      if (field.property === undefined) throw new Error(`field ${field.name}: conceptValues 'used' needs a property`);
      const used = new Set(view.store.getObjects(null, field.property, null).map((t) => t.value));
      concepts = inScheme.filter((c) => used.has(c));
      break;
    }
  }
  return concepts.sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0));
}

/** The classes of a ClassSet, sorted by IRI. */
export function classValues(view: GraphView, set: ClassSet): string[] {
  const excluded = new Set((set.exclude ?? []).flatMap((c) => view.subclassClosure(c)));
  return view.subclassClosure(set.root).filter((c) => !excluded.has(c));
}

/** The English rdfs:comment (else skos:definition) of an ontology term. */
export function termComment(view: GraphView, iri: string): string | undefined {
  for (const predicate of [NS.rdfs('comment'), NS.skos('definition')]) {
    const en = view.objects(iri, predicate).find((t) => t.termType === 'Literal' && (t.language === 'en' || t.language === ''));
    if (en) return en.value;
  }
  return undefined;
}

/**
 * A field's description: the table's own note, then the property's IRI, label and comment. For a
 * concept column the property's comment is replaced by the scheme's label and the list of the
 * allowed values with their labels, generated from the vocabulary — so the description names
 * exactly the values the enum allows (a property comment may name values of other columns).
 */
export function fieldDescription(view: GraphView, field: FieldSpec): string {
  const parts = [field.description.trim()];
  if (field.property !== undefined) {
    const label = view.label(field.property);
    const concept = field.scheme !== undefined;
    const comment = field.property === RDFS_LABEL || concept ? undefined : termComment(view, field.property);
    const head = `${compactIri(field.property)}${label ? ` (${label})` : ''}`;
    parts.push(comment ? `${head}: ${comment}` : `Property ${head}.`);
  }
  if (field.scheme !== undefined) {
    const schemeLabel = view.label(field.scheme);
    const values = conceptValues(view, field).map((c) => `\`${slugOf(c)}\`${view.label(c) ? ` (${view.label(c)})` : ''}`);
    const which = { scheme: 'the concepts', top: 'the top concepts', used: 'the concepts the data uses' }[field.conceptValues ?? 'scheme'];
    parts.push(`Values: ${which} of the scheme ${schemeLabel ? `"${schemeLabel}" ` : ''}<${field.scheme}>: ${values.join(', ')}.`);
  }
  if (field.enum !== undefined) parts.push(`Values: ${field.enum.map((v) => `\`${v}\``).join(', ')}.`);
  if (field.classes !== undefined) {
    const values = classValues(view, field.classes).map((c) => `\`${slugOf(c)}\`${view.label(c) ? ` (${view.label(c)})` : ''}`);
    parts.push(`Values: the local names of the ontology's classes ${values.join(', ')}.`);
  }
  return parts.filter((p) => p !== '').join(' ');
}

export function tableSchema(view: GraphView, spec: TableSpec): TableSchema {
  const pk = new Set(spec.primaryKey);
  const fields = spec.fields.map((field): SchemaField => {
    const values =
      field.enum ??
      (field.scheme !== undefined ? conceptValues(view, field).map((c) => slugOf(c)) : undefined) ??
      (field.classes !== undefined ? classValues(view, field.classes).map((c) => slugOf(c)) : undefined);
    const required = field.required || pk.has(field.name);
    const unique = field.unique || (pk.size === 1 && pk.has(field.name));
    const constraints = {
      ...(required ? { required: true } : {}),
      ...(unique ? { unique: true } : {}),
      ...(values ? { enum: values } : {}),
    };
    const title = field.property === undefined ? undefined : view.label(field.property);
    return {
      name: field.name,
      ...(title ? { title } : {}),
      type: field.type,
      ...(field.format ? { format: field.format } : {}),
      description: fieldDescription(view, field),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
  return {
    fields,
    missingValues: [''],
    primaryKey: spec.primaryKey,
    ...(spec.foreignKeys && spec.foreignKeys.length > 0 ? { foreignKeys: spec.foreignKeys } : {}),
  };
}

/** The table's description, followed by the ontology's label and comment of its row class. */
export function tableDescription(view: GraphView, spec: TableSpec): string {
  if (spec.rowClass === undefined) return spec.description;
  const label = view.label(spec.rowClass);
  const comment = termComment(view, spec.rowClass);
  return `${spec.description} Each row is a ${compactIri(spec.rowClass)}${label ? ` (${label})` : ''}${comment ? `: ${comment}` : '.'}`;
}
