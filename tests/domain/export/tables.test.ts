// The CSV tables of the release: every file is valid against the Table Schema published for it
// in datapackage.json (types, required, unique, enum, primary and foreign keys), ids match the
// IRIs, and a few rows the report fixes are checked by value.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import type { TableSchema } from '../../../src/domain/export/field-schema.js';
import { readCsv, validateResources } from '../../../src/domain/export/validate-table.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from './release-helper.js';

interface PackageJson {
  resources: { name: string; path: string; profile: string; schema?: TableSchema }[];
}

let release: Release;
let pkg: PackageJson;

beforeAll(async () => {
  release = await bundledRelease();
  pkg = JSON.parse(fileOf(release, 'datapackage.json').toString('utf8')) as PackageJson;
}, BUILD_TIMEOUT);

/** The rows of a table as objects keyed by header. */
function rows(name: string): Record<string, string>[] {
  const { header, rows: cells } = readCsv(fileOf(release, `tables/${name}.csv`).toString('utf8'));
  return cells.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('the release tables', () => {
  it('are valid against the Table Schemas of datapackage.json', () => {
    const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tabular.map((r) => r.name)).toContain('acts');
    const errors = validateResources(tabular.map((r) => ({ name: r.name, schema: r.schema!, csv: fileOf(release, r.path).toString('utf8') })));
    expect(errors).toEqual([]);
  });

  it('are RFC 4180: CRLF record ends, UTF-8 without BOM', () => {
    for (const table of release.tables) {
      const bytes = table.file.content;
      expect(bytes[0], table.file.path).not.toBe(0xef);
      expect(bytes.toString('utf8').endsWith('\r\n'), table.file.path).toBe(true);
      expect(/[^\r]\n/u.test(bytes.toString('utf8').replace(/"(?:[^"]|"")*"/gu, '')), table.file.path).toBe(false);
    }
  });

  it.each([
    ['persons', 'person_id', 'person'],
    ['acts', 'act_id', 'act'],
    ['groups', 'group_id', 'group'],
    ['proceedings', 'proceeding_id', 'proceeding'],
    ['engagements', 'engagement_id', 'engagement'],
    ['relations', 'relation_id', 'relation'],
    ['passages', 'passage_id', 'passage'],
  ])('%s: the id is the last segment of the IRI', (table, idColumn, kind) => {
    const all = rows(table);
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) expect(row['iri']).toBe(`https://w3id.org/hrd-reprisals/id/${kind}/${row[idColumn]}`);
  });

  it('persons: names in both scripts and the status at the report\'s date derived from acts', () => {
    const byId = new Map(rows('persons').map((r) => [r['person_id'], r]));
    expect(byId.get('cao-shunli')).toMatchObject({ name_en: 'Cao Shunli', name_zh: '曹顺利', status_at_report_date: 'deceased' });
    expect(byId.get('qin-yongmin')).toMatchObject({ status_at_report_date: 'deprived-of-liberty', status_act_id: 'qin-yongmin-imprisonment' });
    expect(byId.get('li-heping')?.['status_at_report_date']).toBe('no-ongoing-act-reported'); // suspended sentence
  });

  it('acts: one row per act; several types go to act_types, several victims to act_victims', () => {
    const acts = rows('acts');
    expect(new Set(acts.map((a) => a['act_id'])).size).toBe(acts.length);
    const types = rows('act_types').filter((t) => t['act_id'] === 'zhao-suli-incommunicado-detention');
    expect(types.map((t) => t['act_type']).sort()).toEqual(['enforced-disappearance', 'incommunicado-detention']);
    expect(types.every((t) => t['act_type_family'] === 'deprivation-of-liberty')).toBe(true);
    const qin = acts.find((a) => a['act_id'] === 'qin-yongmin-sentenced-2018');
    expect(qin).toMatchObject({ date_as_printed: 'July 2018', date_precision: 'month', earliest_date: '2018-07-01', latest_date: '2018-07-31', proceeding_id: 'qin-yongmin', charge: 'subversion-of-state-power' });
  });

  it('act_victims: a group victim carries its count and whether it is a minimum', () => {
    const groups = rows('act_victims').filter((v) => v['victim_kind'] === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect(g['group_id']).not.toBe('');
    expect(groups.some((g) => g['member_count'] !== '')).toBe(true);
  });

  it('proceedings: sentence folded in, prison term as ISO duration and in months', () => {
    const qin = rows('proceedings').find((p) => p['proceeding_id'] === 'qin-yongmin');
    expect(qin).toMatchObject({ prison_term: 'P13Y', prison_term_months: '156', suspended: 'false', defendant_id: 'qin-yongmin' });
    const li = rows('proceedings').find((p) => p['proceeding_id'] === 'li-heping');
    expect(li).toMatchObject({ suspended: 'true', suspended_for: 'P4Y' });
  });

  it('sources and passages: every act has its exact passage(s), which match the bundled text', () => {
    const text = [...fileOf(release, 'source/chrd-2018-11-01-reprisals-against-hrds-cooperating-with-un.txt').toString('utf8')];
    const passages = new Map(rows('passages').map((p) => [p['passage_id'], p]));
    for (const p of passages.values()) expect(text.slice(Number(p['start']), Number(p['end'])).join('')).toBe(p['exact']);
    const actSources = rows('sources').filter((s) => s['entity_kind'] === 'act');
    expect(new Set(actSources.map((s) => s['entity_id'])).size).toBe(rows('acts').length);
  });
});
