// The release read by the Frictionless Data JavaScript libraries (`datapackage` 1.1 + its
// `tableschema` 1.12 — the JS reference implementation; no maintained successor is on npm): the
// package descriptor is valid against the Data Package profile, and every tabular resource reads
// with its declared dialect, every cell cast to its Table Schema type and constraints, and every
// foreign key resolved (`relations: true`) — 0 errors. A corrupted copy (a broken foreign key, a
// value outside an enum) must fail, so the check can fail.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error — datapackage ships no types
import { Package } from 'datapackage';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import { readCsv } from '../../../src/domain/export/validate-table.js';
import { writeRelease } from '../../../src/domain/export/write-release.js';
import { BUILD_TIMEOUT, bundledRelease } from './release-helper.js';

interface FrictionlessResource {
  readonly name: string;
  readonly descriptor: { profile?: string; dialect?: Record<string, unknown> };
  read(options: { relations?: boolean; forceCast?: boolean; keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
}
interface FrictionlessPackage {
  readonly valid: boolean;
  readonly errors: Error[];
  readonly resources: FrictionlessResource[];
}

let release: Release;
let dir: string;

beforeAll(async () => {
  release = await bundledRelease();
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'kg-frictionless-')), 'dist');
  writeRelease(release, dir);
}, BUILD_TIMEOUT);

/** Every error the libraries report reading every tabular resource of the package in `root`. */
async function readAll(root: string): Promise<{ tables: string[]; errors: string[] }> {
  const pkg = (await Package.load(path.join(root, 'datapackage.json'))) as FrictionlessPackage;
  const errors = pkg.errors.map((e) => `datapackage.json: ${e.message}`);
  const tables: string[] = [];
  for (const resource of pkg.resources.filter((r) => r.descriptor.profile === 'tabular-data-resource')) {
    tables.push(resource.name);
    try {
      const rows = await resource.read({ relations: true, forceCast: true });
      for (const row of rows) {
        if (row instanceof Error) {
          const inner = (row as Error & { errors?: Error[] }).errors ?? [];
          errors.push(`${resource.name}: ${row.message}${inner.map((e) => ` ${e.message}`).join(';')}`);
        }
      }
    } catch (error) {
      errors.push(`${resource.name}: ${(error as Error).message}`);
    }
  }
  return { tables, errors };
}

describe('the release in the Frictionless JS libraries', () => {
  it('reads every table with its dialect, types, constraints and foreign keys: 0 errors', async () => {
    const { tables, errors } = await readAll(dir);
    expect(errors).toEqual([]);
    expect(tables.sort()).toEqual(release.tables.map((t) => t.spec.name).sort());
    expect(tables).toEqual(expect.arrayContaining(['relations', 'engagement_parties', 'places', 'organisations', 'un_bodies', 'events']));
  }, BUILD_TIMEOUT);

  it('reads every cell as written: the spaces that begin or end a passage\'s prefix or suffix survive', async () => {
    const pkg = (await Package.load(path.join(dir, 'datapackage.json'))) as FrictionlessPackage;
    let edged = 0;
    for (const table of release.tables) {
      const resource = pkg.resources.find((r) => r.name === table.spec.name)!;
      const read = (await resource.read({ cast: false })) as string[][];
      const { rows } = readCsv(table.file.content.toString('utf8'));
      expect(read.map((r) => r.map((c) => c ?? '')), table.spec.name).toEqual(rows);
      edged += rows.flat().filter((c) => /^\s|\s$/u.test(c)).length;
    }
    expect(edged).toBeGreaterThan(50); // the check has something to check
  }, BUILD_TIMEOUT);

  it('declares the CSV dialect on every table resource', () => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as { resources: { profile: string; dialect?: unknown }[] };
    const tabular = pkg.resources.filter((r) => r.profile === 'tabular-data-resource');
    for (const r of tabular) expect(r.dialect).toEqual({ delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', skipInitialSpace: false, header: true });
  });

  /** A copy of the release with one table file changed by `edit`. */
  function corrupted(table: string, edit: (csv: string) => string): string {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'kg-frictionless-bad-')), 'dist');
    cpSync(dir, copy, { recursive: true });
    const file = path.join(copy, 'tables', `${table}.csv`);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return copy;
  }

  it('reports a foreign key that resolves nowhere in a corrupted copy', async () => {
    const copy = corrupted('act_perpetrators', (csv) => csv.replace('/id/organisation/chinese-police,', '/id/organisation/no-such-organ,'));
    const { errors } = await readAll(copy);
    expect(errors).toEqual([expect.stringMatching(/^act_perpetrators: .*[Ff]oreign key/u)]);
  }, BUILD_TIMEOUT);

  it('reports a value outside an enum (a proceeding status as an act status) in a corrupted copy', async () => {
    const copy = corrupted('acts', (csv) => csv.replace(/,ended,/u, ',convicted,'));
    const { errors } = await readAll(copy);
    expect(errors.some((e) => /^acts: .*"convicted" does not conform to the "enum" constraint for column "act_status"/u.test(e))).toBe(true);
  }, BUILD_TIMEOUT);
});
