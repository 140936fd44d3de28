// A validator for the Table Schema features the release uses (Frictionless Table Schema v1):
// the header, the types string (format uri), integer, number, boolean, date, year and duration
// (ISO 8601), missing values, the required, unique and enum constraints, primary keys, and
// foreign keys across the package (a null in a foreign-key field is not checked, as the spec
// says). Written here rather than taken from npm for the build: `tableschema` (the JS reference
// library) is unmaintained since 2021 and pulls in axios 0.21 and moment, so it stays a dev
// dependency — the tests read every release with it as an independent check (frictionless.test.ts);
// `frictionless` on npm is an unrelated package. Cost: linear in the cells, plus one Set per key.
import { parse } from 'csv-parse/sync';
import type { SchemaField, TableSchema } from './field-schema.js';

export interface CsvResource {
  readonly name: string;
  readonly schema: TableSchema;
  readonly csv: string;
}

export interface TableError {
  readonly table: string;
  /** 1-based data row (the header is row 0); undefined for errors of the whole table. */
  readonly row?: number;
  readonly field?: string;
  readonly message: string;
}

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/u;

/** Why `value` is not of the field's type, or undefined when it is. */
export function typeError(field: SchemaField, value: string): string | undefined {
  switch (field.type) {
    case 'string':
      if (field.format === 'uri' && !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/iu.test(value)) return `"${value}" is not an absolute URI`;
      return undefined;
    case 'integer':
      return /^[+-]?\d+$/u.test(value) ? undefined : `"${value}" is not an integer`;
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/u.test(value) ? undefined : `"${value}" is not a number`;
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : `"${value}" is not true or false`;
    case 'year':
      return /^-?\d{4}$/u.test(value) ? undefined : `"${value}" is not a year (YYYY)`;
    case 'duration':
      return DURATION.test(value) ? undefined : `"${value}" is not an ISO 8601 duration`;
    case 'date': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
      const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
      const ok = date !== undefined && date.toISOString().slice(0, 10) === value;
      return ok ? undefined : `"${value}" is not a date (YYYY-MM-DD)`;
    }
  }
}

/** Parses a resource's CSV (RFC 4180) into its header and rows of cells. */
export function readCsv(csv: string): { header: string[]; rows: string[][] } {
  const records = parse(csv, { bom: false, relax_column_count: true, skip_empty_lines: false }) as string[][];
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** Validates every resource and the foreign keys between them. Empty list: all valid. */
export function validateResources(resources: readonly CsvResource[]): TableError[] {
  const errors: TableError[] = [];
  const parsed = new Map(resources.map((r) => [r.name, readCsv(r.csv)]));
  for (const resource of resources) errors.push(...validateOne(resource, parsed.get(resource.name)!));
  for (const resource of resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? resource.name : fk.reference.resource;
      const referenced = parsed.get(target);
      const targetSchema = resources.find((r) => r.name === target)?.schema;
      if (!referenced || !targetSchema) {
        errors.push({ table: resource.name, field: fk.fields, message: `foreign key refers to a missing resource "${target}"` });
        continue;
      }
      const keys = new Set(column(referenced, targetSchema, fk.reference.fields));
      const own = parsed.get(resource.name)!;
      column(own, resource.schema, fk.fields).forEach((value, i) => {
        if (value !== '' && !keys.has(value)) {
          errors.push({ table: resource.name, row: i + 1, field: fk.fields, message: `"${value}" is not a ${target}.${fk.reference.fields}` });
        }
      });
    }
  }
  return errors;
}

function column(table: { rows: string[][] }, schema: TableSchema, name: string): string[] {
  const index = schema.fields.findIndex((f) => f.name === name);
  return table.rows.map((row) => row[index] ?? '');
}

function validateOne(resource: CsvResource, table: { header: string[]; rows: string[][] }): TableError[] {
  const { name, schema } = resource;
  const errors: TableError[] = [];
  const names = schema.fields.map((f) => f.name);
  if (table.header.join(',') !== names.join(',')) {
    return [{ table: name, message: `header is [${table.header.join(', ')}], schema says [${names.join(', ')}]` }];
  }
  const seen = schema.fields.map(() => new Set<string>());
  const keys = new Set<string>();
  const keyIndexes = schema.primaryKey.map((k) => names.indexOf(k));
  table.rows.forEach((cells, i) => {
    const row = i + 1;
    if (cells.length !== names.length) errors.push({ table: name, row, message: `${cells.length} cells, ${names.length} fields` });
    schema.fields.forEach((field, j) => {
      const value = cells[j] ?? '';
      const c = field.constraints ?? {};
      if (schema.missingValues.includes(value)) {
        if (c.required) errors.push({ table: name, row, field: field.name, message: 'required value missing' });
        return;
      }
      const bad = typeError(field, value);
      if (bad) errors.push({ table: name, row, field: field.name, message: bad });
      if (c.enum && !c.enum.includes(value)) errors.push({ table: name, row, field: field.name, message: `"${value}" is not one of the allowed values` });
      if (c.unique) {
        if (seen[j]!.has(value)) errors.push({ table: name, row, field: field.name, message: `"${value}" is not unique` });
        seen[j]!.add(value);
      }
    });
    const key = JSON.stringify(keyIndexes.map((k) => cells[k] ?? ''));
    if (keys.has(key)) errors.push({ table: name, row, message: `primary key ${key} repeats` });
    keys.add(key);
  });
  return errors;
}
