// Where the release's IRI columns resolve, and how tight its enums are: every place, organisation,
// UN body and event column is a declared foreign key into places / organisations / un_bodies /
// events and every value resolves there; concept enums hold only what the column can hold (act
// statuses of acts, the top act-type families) and descriptions list exactly the enum; links.csv
// cites review records the release ships, at rows that exist.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import type { TableSchema } from '../../../src/domain/export/field-schema.js';
import { readCsv } from '../../../src/domain/export/validate-table.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from './release-helper.js';

let release: Release;
let schemas: Map<string, TableSchema>;

beforeAll(async () => {
  release = await bundledRelease();
  const pkg = JSON.parse(fileOf(release, 'datapackage.json').toString('utf8')) as { resources: { name: string; schema?: TableSchema }[] };
  schemas = new Map(pkg.resources.filter((r) => r.schema).map((r) => [r.name, r.schema!]));
}, BUILD_TIMEOUT);

function rows(name: string): Record<string, string>[] {
  const { header, rows: cells } = readCsv(fileOf(release, `tables/${name}.csv`).toString('utf8'));
  return cells.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('foreign keys of the IRI columns', () => {
  it.each([
    ['act_perpetrators', 'jurisdiction_iri', 'places', 'iri'],
    ['act_perpetrators', 'perpetrator_iri', 'organisations', 'iri'],
    ['engagements', 'place_iri', 'places', 'iri'],
    ['persons', 'citizenship_iri', 'places', 'iri'],
    ['persons', 'birth_place_iri', 'places', 'iri'],
    ['groups', 'associated_with_person_id', 'persons', 'person_id'],
    ['groups', 'associated_with_organisation_iri', 'organisations', 'iri'],
    ['acts', 'place_iri', 'places', 'iri'],
    ['acts', 'responsible_state_iri', 'organisations', 'iri'],
    ['acts', 'part_of_event_iri', 'events', 'iri'],
    ['proceedings', 'court_iri', 'organisations', 'iri'],
    ['events', 'reviewing_body_iri', 'un_bodies', 'iri'],
    ['events', 'place_iri', 'places', 'iri'],
    ['organisations', 'jurisdiction_iri', 'places', 'iri'],
    ['act_victims', 'organisation_iri', 'organisations', 'iri'],
    ['engagement_parties', 'un_iri', 'un_bodies', 'iri'],
    ['engagement_parties', 'event_iri', 'events', 'iri'],
    ['engagement_parties', 'group_id', 'groups', 'group_id'],
    ['engagement_parties', 'organisation_iri', 'organisations', 'iri'],
  ])('%s.%s is a foreign key to %s.%s and every value resolves', (table, field, target, targetField) => {
    expect(schemas.get(table)!.foreignKeys).toContainEqual({ fields: field, reference: { resource: target, fields: targetField } });
    const keys = new Set(rows(target).map((r) => r[targetField]));
    const values = rows(table).map((r) => r[field]!).filter((v) => v !== '');
    expect(values.length, `${table}.${field} has values`).toBeGreaterThan(0);
    expect(values.filter((v) => !keys.has(v))).toEqual([]);
  });

  it('every declared foreign key of every table resolves', () => {
    const unresolved: string[] = [];
    for (const [table, schema] of schemas) {
      for (const fk of schema.foreignKeys ?? []) {
        const target = fk.reference.resource === '' ? table : fk.reference.resource;
        const keys = new Set(rows(target).map((r) => r[fk.reference.fields]));
        for (const r of rows(table)) if (r[fk.fields] !== '' && !keys.has(r[fk.fields])) unresolved.push(`${table}.${fk.fields}=${r[fk.fields]}`);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('groups.associated_with_iri resolves in exactly one of its two key columns', () => {
    const groups = rows('groups').filter((g) => g['associated_with_iri'] !== '');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      const person = g['associated_with_person_id'] ? `https://w3id.org/hrd-reprisals/id/person/${g['associated_with_person_id']}` : '';
      expect([person, g['associated_with_organisation_iri']].filter((v) => v !== ''), g['group_id']).toEqual([g['associated_with_iri']]);
    }
  });

  it('every engagement party but an instrument resolves in the key column of its kind', () => {
    const keyed = ['person_id', 'group_id', 'organisation_iri', 'un_iri', 'event_iri'];
    for (const p of rows('engagement_parties')) {
      const filled = keyed.filter((k) => p[k] !== '');
      expect(filled, p['party_iri']).toHaveLength(p['party_kind'] === 'instrument' ? 0 : 1);
    }
  });

  it('states are places and organisations; state organs name their state', () => {
    const china = 'https://w3id.org/hrd-reprisals/id/place/china';
    expect(rows('places').find((p) => p['iri'] === china)).toMatchObject({ is_state: 'true', label: expect.stringMatching(/China/u) });
    expect(rows('organisations').find((o) => o['iri'] === china)).toMatchObject({ organisation_class: 'State' });
    expect(rows('organisations').find((o) => o['organisation_id'] === 'beijing-police')).toMatchObject({
      organisation_class: 'StateOrgan',
      organ_type: 'police',
      organ_of_iri: china,
      jurisdiction_iri: 'https://w3id.org/hrd-reprisals/id/place/beijing',
    });
    expect(rows('un_bodies').find((u) => u['un_id'] === 'cat')).toMatchObject({ un_class: 'TreatyBody', part_of_iri: 'https://w3id.org/hrd-reprisals/id/un/united-nations' });
  });
});

describe('enumerations', () => {
  const field = (table: string, name: string) => schemas.get(table)!.fields.find((f) => f.name === name)!;

  it('act_status allows only the statuses acts have; engagement and proceeding statuses theirs', () => {
    expect(field('acts', 'act_status').constraints?.enum).toEqual([...new Set(rows('acts').map((a) => a['act_status']).filter((v) => v !== ''))].sort());
    expect(field('acts', 'act_status').constraints?.enum).not.toContain('convicted');
    expect(field('engagements', 'engagement_status').constraints?.enum).not.toContain('ongoing');
  });

  it('act_type_family allows only the top concepts of the act-type scheme', () => {
    const families = field('act_types', 'act_type_family').constraints!.enum!;
    const types = field('act_types', 'act_type').constraints!.enum!;
    expect(families.length).toBeLessThan(types.length / 3);
    expect(families).toContain('deprivation-of-liberty');
    expect(families).not.toContain('travel-ban');
    expect(new Set(rows('act_types').map((t) => t['act_type_family']))).toEqual(new Set(families));
  });

  it('every description of an enum column lists exactly its allowed values', () => {
    for (const [table, schema] of schemas) {
      for (const f of schema.fields) {
        expect(/Values: /u.test(f.description), `${table}.${f.name}`).toBe(f.constraints?.enum !== undefined);
        if (f.constraints?.enum === undefined) continue;
        const listed = [...f.description.slice(f.description.indexOf('Values: ')).matchAll(/`([^`]+)`/gu)].map((m) => m[1]);
        expect(listed, `${table}.${f.name}`).toEqual(f.constraints?.enum);
      }
    }
    expect(field('acts', 'certainty').description).not.toMatch(/\bstated\b.*\battempted\b/u);
    expect(field('acts', 'act_status').description).not.toMatch(/unknown/u);
  });
});

describe('links.csv citations', () => {
  it('cite review records the release ships, at rows that exist', () => {
    const links = rows('links');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [file, fragment] = link['checked_source']!.split('#');
      expect(file, link['link_iri']).toMatch(/^links\//u);
      const lines = fileOf(release, file!).toString('utf8').trimEnd().split('\n');
      const row = Number(/^row=(\d+)$/u.exec(fragment ?? '')?.[1]);
      expect(row, link['checked_source']).toBeGreaterThan(1); // RFC 7111: the header is row 1
      expect(row, link['checked_source']).toBeLessThanOrEqual(lines.length);
      const target = link['wikidata_id'] || link['target_iri'];
      expect(lines[row - 1], link['checked_source']).toContain(target);
    }
  });
});
