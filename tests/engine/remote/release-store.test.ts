// The release read through a real SPARQL store (src/engine/release-store.ts) against the one
// built from the service's files, with the bundled graph loaded by `kg load --to virtuoso` (.ci/run's
// remote pass): the same set of quads in the N-Quads dump — the store's literal rewrites
// (xsd:boolean as 1/0, year-month durations as months) restored by store-results.ts are the only
// store-forced differences, and the test shows the store does make them — the same tables, and the
// store's load record as the version. Skips without TEST_SPARQL_BACKEND.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/cli/export.js';
import type { Release } from '../../../src/domain/export/build-release.js';
import { buildRelease } from '../../../src/domain/export/build-release.js';
import { parseNQuads } from '../../../src/domain/export/canonical-rdf.js';
import { NAMED_GRAPHS } from '../../../src/domain/export/release-info.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { releaseMaxTriples, ReleaseTooLargeError } from '../../../src/engine/release-limit.js';
import { readReleaseGraph } from '../../../src/engine/release-store.js';
import { LOAD_RECORD_GRAPH, remoteConfigFromEnv } from '../../../src/engine/remote/remote-config.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from '../../domain/export/release-helper.js';
import { TEST_BACKEND } from './virtuoso-fixture.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const remote = TEST_BACKEND ? remoteConfigFromEnv({ SPARQL_BACKEND: TEST_BACKEND }) : null;

let fromStore: Release;
let fromFiles: Release;

/** The store's own answer to a SELECT, as CSV rows (header dropped): what the store writes, unrestored. */
async function storeCsv(query: string): Promise<string[]> {
  const res = await fetch(TEST_BACKEND!, { method: 'POST', headers: { Accept: 'text/csv' }, body: new URLSearchParams({ query }) });
  return (await res.text()).trim().split('\n').slice(1);
}

const sortedLines = (text: string) => text.split('\n').filter((l) => l !== '').sort();

describe.skipIf(!TEST_BACKEND)('the release read through the SPARQL store', () => {
  beforeAll(async () => {
    fromFiles = await bundledRelease();
    fromStore = await buildRelease(await readReleaseGraph(remote!, DEFAULT_ENGINE_CONFIG, Number.POSITIVE_INFINITY));
  }, BUILD_TIMEOUT);

  it('has the same set of quads in its N-Quads dump as the release built from the files', () => {
    const store = sortedLines(fileOf(fromStore, 'rdf/hrd-reprisals.nq').toString('utf8'));
    const files = sortedLines(fileOf(fromFiles, 'rdf/hrd-reprisals.nq').toString('utf8'));
    expect(files.length).toBeGreaterThan(7000);
    const [inStore, inFiles] = [new Set(store), new Set(files)];
    expect(store.filter((l) => !inFiles.has(l))).toEqual([]);
    expect(files.filter((l) => !inStore.has(l))).toEqual([]);
    // Every part graph is there, with its own triples.
    const graphs = new Set(parseNQuads(store.join('\n')).map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual(Object.values(NAMED_GRAPHS).sort());
    expect(fromStore.triples).toBe(fromFiles.triples);
  });

  it('restores the literals the store rewrites: the dump holds the data\'s booleans and durations, which the store writes otherwise', async () => {
    const nq = fileOf(fromStore, 'rdf/hrd-reprisals.nq').toString('utf8');
    const booleans = nq.match(/"(true|false)"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#boolean>/gu) ?? [];
    const durations = nq.match(/"P\d+[YM][^"]*"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#duration>/gu) ?? [];
    expect(booleans.length).toBeGreaterThan(0);
    expect(durations.length).toBeGreaterThan(0);
    // The store itself writes them as 1/0 and a count of months: the only store-forced differences.
    const rawBooleans = await storeCsv(`SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (datatype(?o) = <${XSD}boolean>) } LIMIT 5`);
    const rawDurations = await storeCsv(`SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (datatype(?o) = <${XSD}duration>) } LIMIT 5`);
    expect(rawBooleans.length).toBeGreaterThan(0);
    expect(rawBooleans.every((v) => /^"?[01]"?$/u.test(v))).toBe(true);
    expect(rawDurations.every((v) => /^"?\d+"?$/u.test(v))).toBe(true);
  });

  it('has byte-identical dumps and tables; only the metadata naming the version differs', () => {
    const differ = fromFiles.files.filter((f) => !fileOf(fromStore, f.path).equals(f.content)).map((f) => f.path);
    expect(differ.sort()).toEqual(['CITATION.cff', 'SHA256SUMS', 'codebook.md', 'datapackage.json', 'dataset.jsonld', 'void.ttl']);
    expect(fromStore.files.map((f) => f.path)).toEqual(fromFiles.files.map((f) => f.path));
  });

  it("takes its version from the store's load record, and says where it was read in void.ttl", async () => {
    const [recorded] = await storeCsv(`SELECT ?v WHERE { GRAPH <${LOAD_RECORD_GRAPH}> { ?r <http://purl.org/dc/terms/identifier> ?v } }`);
    const version = recorded!.replace(/"/gu, '');
    expect(version).toMatch(/^sha256-[0-9a-f]{64}$/u);
    expect(fromStore.info.version).toBe(version);
    expect(fileOf(fromStore, 'CITATION.cff').toString('utf8')).toContain(`version: "${version}"`);
    const voidTtl = fileOf(fromStore, 'void.ttl').toString('utf8');
    expect(voidTtl).toContain(`dcat:version "${version}"`);
    expect(voidTtl).toContain('dcterms:ProvenanceStatement');
    expect(voidTtl).toContain(`the store's load record identifies the data as ${version}`);
    expect(fileOf(fromFiles, 'void.ttl').toString('utf8')).not.toContain('ProvenanceStatement');
  });

  it('is what `kg export --from-store` writes: the same N-Quads, and files matching their SHA256SUMS', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kg-export-store-')), 'dist');
    const saved = process.env.SPARQL_BACKEND;
    process.env.SPARQL_BACKEND = TEST_BACKEND;
    let result;
    try {
      result = await exportCommand(['--from-store', '--out', out]);
    } finally {
      if (saved === undefined) delete process.env.SPARQL_BACKEND;
      else process.env.SPARQL_BACKEND = saved;
    }
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain(`release ${fromStore.info.version} (${fromStore.info.issued}), ${fromFiles.triples} triples`);
    expect(readFileSync(path.join(out, 'rdf/hrd-reprisals.nq')).equals(fileOf(fromStore, 'rdf/hrd-reprisals.nq'))).toBe(true);
    const sums = readFileSync(path.join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.length).toBe(fromStore.files.length - 1);
    for (const line of sums) {
      const [hash, file] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(path.join(out, file!))).digest('hex'), file).toBe(hash);
    }
  }, BUILD_TIMEOUT);

  it('refuses a store above the limit before reading it', async () => {
    const error = await readReleaseGraph(remote!, DEFAULT_ENGINE_CONFIG, 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseTooLargeError);
    expect((error as ReleaseTooLargeError).triples).toBe(fromFiles.triples);
    expect((error as ReleaseTooLargeError).message).toContain('npx kg export --from-store');
  });
});

describe('RELEASE_MAX_TRIPLES', () => {
  it('defaults to 100,000, takes a non-negative integer and refuses anything else', () => {
    expect(releaseMaxTriples({})).toBe(100_000);
    expect(releaseMaxTriples({ RELEASE_MAX_TRIPLES: '250000' })).toBe(250_000);
    expect(releaseMaxTriples({ RELEASE_MAX_TRIPLES: '0' })).toBe(0);
    for (const bad of ['-1', '1.5', 'lots', '1e99x']) expect(() => releaseMaxTriples({ RELEASE_MAX_TRIPLES: bad })).toThrow(/RELEASE_MAX_TRIPLES must be a non-negative integer/u);
  });
});
