// The two tables of issue 11 in the release: case_records.csv (the crosswalk to other records of
// the cases) and ishr_cases.csv (the cases in ISHR End Reprisals' column layout), each valid
// against its published Table Schema, documented in the codebook, with real values checked; and
// `kg export --ishr`, which writes the same table on its own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import type { TableSchema } from '../../../src/domain/export/field-schema.js';
import { ishrFieldNames } from '../../../src/domain/export/tables/ishr-cases.js';
import { readCsv, validateResources } from '../../../src/domain/export/validate-table.js';
import { parseTsv } from '../../../src/domain/links/tsv.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import { runKg } from '../../helpers/run-kg.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from './release-helper.js';

let release: Release;
let resources: { name: string; path: string; schema: TableSchema }[];
beforeAll(async () => {
  release = await bundledRelease();
  resources = (JSON.parse(fileOf(release, 'datapackage.json').toString('utf8')) as { resources: typeof resources }).resources;
}, BUILD_TIMEOUT);

const table = (name: string) => {
  const { header, rows } = readCsv(fileOf(release, `tables/${name}.csv`).toString('utf8'));
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
};
const ID = 'https://w3id.org/hrd-reprisals/id/';

describe('case_records.csv', () => {
  it('is valid against its Table Schema', () => {
    const resource = resources.find((r) => r.name === 'case_records');
    expect(resource?.path).toBe('tables/case_records.csv');
    expect(validateResources([{ name: 'case_records', schema: resource!.schema, csv: fileOf(release, 'tables/case_records.csv').toString('utf8') }])).toEqual([]);
  });

  it('holds the 37 case-record links and 3 report symbols, with ISHR codes and years', () => {
    const { rows } = table('case_records');
    expect(rows.filter((r) => r.record_type === 'case-record')).toHaveLength(37);
    expect(rows.filter((r) => r.record_type === 'document-symbol').map((r) => [r.subject_id, r.document_symbol])).toEqual([
      ['sg-reprisals-report-2016', 'A/HRC/33/19'],
      ['sg-reprisals-report-2017', 'A/HRC/36/31'],
      ['sg-reprisals-report-2018', 'A/HRC/39/41'],
    ]);
    const cao = rows.find((r) => r.url === 'https://endreprisals.ishr.ch/en/entity/mkyckr3fufd');
    expect(cao).toMatchObject({ subject_iri: `${ID}person/cao-shunli`, publisher: 'ISHR', record_kind: 'case', ishr_code: '2014-017-001', sg_report_year: '2014', sg_report_iri: '', checked_source: 'data/links/crosswalk/ishr-end-reprisals.tsv#row=2' });
    const wangYu = rows.find((r) => r.ishr_code === '2018-010-001');
    expect(wangYu).toMatchObject({ subject_id: 'wang-yu-lawyer', sg_report_iri: `${ID}document/sg-reprisals-report-2018` });
  });
});

describe('ishr_cases.csv', () => {
  const shared = parseTsv(readFileSync(path.join(PROJECT_ROOT, 'data/links/crosswalk/ishr-fields.tsv'), 'utf8'), 'ishr-fields.tsv', ['field']).map((r) => r.cells.field);

  it('is valid against its Table Schema', () => {
    const resource = resources.find((r) => r.name === 'ishr_cases');
    expect(validateResources([{ name: 'ishr_cases', schema: resource!.schema, csv: fileOf(release, 'tables/ishr_cases.csv').toString('utf8') }])).toEqual([]);
  });

  it('has our two id columns, then exactly the fields of ishr-fields.tsv in their order', () => {
    expect(shared).toHaveLength(28);
    expect(ishrFieldNames()).toEqual(shared);
    expect(table('ishr_cases').header).toEqual(['hrd_person_iri', 'hrd_act_iri', ...shared]);
  });

  it('leaves empty what the report does not state: gender, nationality, age, status, region, legislation', () => {
    const { rows } = table('ishr_cases');
    // 45 before the imprisonments of Jiang Tianyong and Qin Yongmin became acts of their own (issue 10 item 3).
    expect(rows.length).toBe(47);
    for (const field of ['Case status', 'From Region', 'Gender', 'Was the victim a foreign national?', 'Was the victim a minor?', 'Type of rights defended', 'Was the victim a civil servant, member of the security forces or of the judiciary?', 'Was the reprisal based on new legislation?', "Does the report make general comment about country's environment for engagement with UN?", 'Government response dates', 'Government response content']) {
      expect(rows.filter((r) => r[field] !== '').map((r) => r.hrd_act_iri), field).toEqual([]);
    }
  });

  it('fills what the report states, in ISHR\'s own values', () => {
    const { rows } = table('ishr_cases');
    const row = (person: string, act: string) => rows.find((r) => r.hrd_person_iri === `${ID}person/${person}` && r.hrd_act_iri === `${ID}act/${act}`);
    expect(row('cao-shunli', 'cao-shunli-airport-detention-2013')).toMatchObject({
      'Location of case in SG report': '2014-017-001',
      'Type of record': 'Named individual',
      'Engagement with UN body': 'UN Human Rights Council: UPR',
      'Dates of mentioned reprisals': 'September 2013',
      'Location of mentioned reprisals': 'Beijing Capital International Airport',
      'Types of reprisals suffered': 'Travel restriction',
      'Alleged/likely perpetrators': 'State actors',
      Gender: '',
    });
    expect(row('cao-shunli', 'cao-shunli-abduction-and-disappearance')?.['Types of reprisals suffered']).toBe('Disappearance/Kidnapping');
    expect(row('jiang-tianyong', 'jiang-tianyong-sentenced-2017')).toMatchObject({
      'Location of case in SG report': '2017-022-001',
      'Relevant SG report': 'A/HRC/36/31; A/HRC/39/41',
      'Year of the report': '2017; 2018',
      'UN body that raised the case prior to the SG report': 'UN Special Procedures: UN Special Procedures - General',
      'Dates of prior UN action': 'December 2016',
      "Individual's/organization's activity": 'human rights lawyer',
    });
  });

  it('is documented in the codebook, with what each ISHR column holds', () => {
    const book = fileOf(release, 'codebook.md').toString('utf8');
    expect(book).toContain('ishr_cases');
    expect(book).toContain('case_records');
    expect(book).toContain('ISHR End Reprisals field "Gender". Left empty: the CHRD report does not state it.');
    expect(book).toContain('ISHR End Reprisals field "Types of reprisals suffered".');
  });
});

describe('kg export --ishr', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ishr-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same table as the release holds', () => {
    const out = path.join(dir, 'ishr.csv');
    const run = runKg('export', '--ishr', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('47 rows');
    expect(readFileSync(out)).toEqual(fileOf(release, 'tables/ishr_cases.csv'));
  }, 120_000);
});
