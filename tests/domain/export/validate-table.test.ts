// The Table Schema validator on small tables: each broken case is reported with its table, row
// and field; valid tables (nulls in optional and foreign-key fields included) give no error.
import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../../../src/domain/export/field-schema.js';
import { validateResources, type CsvResource } from '../../../src/domain/export/validate-table.js';

const parents: TableSchema = {
  fields: [
    { name: 'id', type: 'string', description: '', constraints: { required: true, unique: true } },
    { name: 'n', type: 'integer', description: '' },
    { name: 'ok', type: 'boolean', description: '' },
    { name: 'day', type: 'date', description: '' },
    { name: 'term', type: 'duration', description: '' },
    { name: 'year', type: 'year', description: '' },
    { name: 'kind', type: 'string', description: '', constraints: { enum: ['a', 'b'] } },
    { name: 'iri', type: 'string', format: 'uri', description: '' },
  ],
  missingValues: [''],
  primaryKey: ['id'],
};
const children: TableSchema = {
  fields: [
    { name: 'parent', type: 'string', description: '' },
    { name: 'seq', type: 'integer', description: '', constraints: { required: true } },
  ],
  missingValues: [''],
  primaryKey: ['parent', 'seq'],
  foreignKeys: [{ fields: 'parent', reference: { resource: 'parents', fields: 'id' } }],
};

const HEADER = 'id,n,ok,day,term,year,kind,iri\r\n';
const GOOD = 'x,1,true,2018-11-01,P13Y,2018,a,https://example.org/x\r\ny,,,,,,,\r\n';

function check(parentRows: string, childRows = 'parent,seq\r\nx,1\r\n,2\r\n'): ReturnType<typeof validateResources> {
  const resources: CsvResource[] = [
    { name: 'parents', schema: parents, csv: HEADER + parentRows },
    { name: 'children', schema: children, csv: childRows },
  ];
  return validateResources(resources);
}

describe('validateResources', () => {
  it('accepts valid tables, with nulls in optional and foreign-key fields', () => {
    expect(check(GOOD)).toEqual([]);
  });

  it.each([
    ['integer', 'x,1.5,,,,,,\r\n', 'n', 'not an integer'],
    ['boolean', 'x,,yes,,,,,\r\n', 'ok', 'not true or false'],
    ['date', 'x,,,2018-02-30,,,,\r\n', 'day', 'not a date'],
    ['duration', 'x,,,,13 years,,,\r\n', 'term', 'not an ISO 8601 duration'],
    ['year', 'x,,,,,18,,\r\n', 'year', 'not a year'],
    ['enum', 'x,,,,,,c,\r\n', 'kind', 'not one of the allowed values'],
    ['uri', 'x,,,,,,,not a uri\r\n', 'iri', 'not an absolute URI'],
    ['required', ',,,,,,,\r\n', 'id', 'required value missing'],
    ['unique', 'x,,,,,,,\r\nx,,,,,,,\r\n', 'id', 'not unique'],
  ])('reports a broken %s', (_case, row, field, message) => {
    const errors = check(row);
    expect(errors.some((e) => e.table === 'parents' && e.field === field && e.message.includes(message))).toBe(true);
  });

  it('reports a repeated composite primary key', () => {
    const errors = check(GOOD, 'parent,seq\r\nx,1\r\nx,1\r\n');
    expect(errors).toEqual([{ table: 'children', row: 2, message: 'primary key ["x","1"] repeats' }]);
  });

  it('reports a dangling foreign key with its row', () => {
    const errors = check(GOOD, 'parent,seq\r\nz,1\r\n');
    expect(errors).toEqual([{ table: 'children', row: 1, field: 'parent', message: '"z" is not a parents.id' }]);
  });

  it('reports a header that differs from the schema', () => {
    const errors = validateResources([{ name: 'parents', schema: parents, csv: 'id,n\r\nx,1\r\n' }]);
    expect(errors[0]?.message).toMatch(/header is \[id, n\]/u);
  });
});
