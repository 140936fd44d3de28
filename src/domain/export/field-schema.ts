// From a table spec to its published Table Schema (https://specs.frictionlessdata.io/table-schema/):
// each field's description is the table's own note followed by the ontology's label and comment
// of the property it holds; a concept column's enum is the slugs of its SKOS scheme's concepts.
// The datapackage (datapackage.ts) and the codebook (codebook.ts) both print this output, so
// they cannot disagree with each other or with the ontology.
import { NS, PREFIXES, RDFS_LABEL } from '../../vocab.js';
import { slugOf, type GraphView } from './graph-view.js';
import type { FieldSpec, FieldType, TableSpec } from './table.js';

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

/** The English rdfs:comment (else skos:definition) of an ontology term. */
export function termComment(view: GraphView, iri: string): string | undefined {
  for (const predicate of [NS.rdfs('comment'), NS.skos('definition')]) {
    const en = view.objects(iri, predicate).find((t) => t.termType === 'Literal' && (t.language === 'en' || t.language === ''));
    if (en) return en.value;
  }
  return undefined;
}

export function fieldDescription(view: GraphView, field: FieldSpec): string {
  const parts = [field.description.trim()];
  if (field.property !== undefined) {
    const label = view.label(field.property);
    const comment = field.property === RDFS_LABEL ? undefined : termComment(view, field.property);
    const head = `${compactIri(field.property)}${label ? ` (${label})` : ''}`;
    parts.push(comment ? `${head}: ${comment}` : `Property ${head}.`);
  }
  if (field.scheme !== undefined) parts.push(`Values: slugs of the concepts of the scheme ${field.scheme} (see the codebook).`);
  return parts.filter((p) => p !== '').join(' ');
}

export function tableSchema(view: GraphView, spec: TableSpec): TableSchema {
  const pk = new Set(spec.primaryKey);
  const fields = spec.fields.map((field): SchemaField => {
    const values = field.enum ?? (field.scheme === undefined ? undefined : schemeValues(view, field.scheme));
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
