// /release in front of a SPARQL store holds the store's data, not the service's files (issue 12):
// a Virtuoso of this test's own (ports below) is loaded with `kg load --to virtuoso --from` the
// bundled graph PLUS one test-only triple in the data graph (a label on a test IRI, not about any
// person), and the real service (`src/server.ts`, SPARQL_BACKEND) runs in front of it. Its release
// must hold the extra triple, count one triple more in void.ttl than the release of the files,
// carry checksums that match the files it serves, and take its version from the store's load
// record. A second service with RELEASE_MAX_TRIPLES below the store's size answers 503
// release_too_large on /release and stays up. Runs in .ci/run's remote pass (TEST_SPARQL_BACKEND
// set; Debian's virtuoso-opensource installed); skips otherwise.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseNQuads } from '../../../src/cli/load.js';
import { PROJECT_ROOT } from '../../../src/config.js';
import type { Release } from '../../../src/domain/export/build-release.js';
import { DATASET_IRI, NAMED_GRAPHS } from '../../../src/domain/export/release-info.js';
import { NS } from '../../../src/vocab.js';
import { BUILD_TIMEOUT, bundledRelease } from '../../domain/export/release-helper.js';

/** This test's own ports (the helper block 19200–19299): Virtuoso HTTP and isql, two services. */
const PORTS = { http: 19282, isql: 19283, service: 19210, limited: 19211 };
const ENABLED = Boolean(process.env.TEST_SPARQL_BACKEND) && spawnSync('which', ['virtuoso-t', 'isql-vt']).status === 0;
const STORE = `http://127.0.0.1:${PORTS.http}/sparql`;
const SERVICE = `http://127.0.0.1:${PORTS.service}`;
const LIMITED = `http://127.0.0.1:${PORTS.limited}`;
/** The extra triple: a test-only label on a test IRI, in the data graph. */
const PROBE = `<urn:x-hrd-test:release-probe> <http://www.w3.org/2000/01/rdf-schema#label> "test-only label: release probe"@en <${NAMED_GRAPHS.data}> .`;

let virtuosoDir = '';
let version = '';
let files: Release;
const services: ChildProcess[] = [];
let serviceLog = '';

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms:\n${serviceLog.slice(-2000)}`);
}

function startService(port: number, env: Record<string, string> = {}): void {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUERY_WORKERS: '1', SPARQL_BACKEND: STORE, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (d) => (serviceLog += String(d)));
  services.push(child);
}

const get = (url: string, accept = 'application/json') => fetch(url, { headers: { Accept: accept } });
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!ENABLED)('/release in front of a store holding a modified graph', () => {
  beforeAll(async () => {
    const started = spawnSync(path.join(PROJECT_ROOT, 'scripts/virtuoso/start.sh'), {
      env: { ...process.env, VIRTUOSO_DIR: '', VIRTUOSO_HTTP_PORT: String(PORTS.http), VIRTUOSO_ISQL_PORT: String(PORTS.isql) },
      encoding: 'utf8',
    });
    if (started.status !== 0) throw new Error(`Virtuoso did not start: ${started.stderr}`);
    virtuosoDir = started.stdout.trim();
    const nquads = `${releaseNQuads()}${PROBE}\n`;
    const file = path.join(virtuosoDir, 'modified.nq');
    writeFileSync(file, nquads);
    version = `sha256-${sha256(nquads)}`; // what `kg load --from` records
    const load = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.js'), 'load', '--to', 'virtuoso', '--from', file], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, VIRTUOSO_DIR: virtuosoDir, VIRTUOSO_ISQL: `127.0.0.1:${PORTS.isql}` },
      encoding: 'utf8',
    });
    if (load.status !== 0) throw new Error(`kg load failed: ${load.stderr}${load.stdout}`);
    expect(load.stdout).toContain(version);
    startService(PORTS.service);
    startService(PORTS.limited, { RELEASE_MAX_TRIPLES: '1000' });
    files = await bundledRelease();
    await Promise.all([waitFor(`${SERVICE}/health`, 90_000), waitFor(`${LIMITED}/health`, 90_000)]);
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    for (const child of services) child.kill('SIGTERM');
    await Promise.all(services.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    if (virtuosoDir && existsSync(virtuosoDir)) spawnSync(path.join(PROJECT_ROOT, 'scripts/virtuoso/stop.sh'), [virtuosoDir, '--clean']);
  }, 30_000);

  it("lists the release under the store's load-record version, the one the service reports", async () => {
    const index = (await (await get(`${SERVICE}/release`)).json()) as { version: string; files: { path: string; sha256: string }[] };
    expect(index.version).toBe(version);
    expect(index.version).not.toBe(files.info.version);
    const health = (await (await get(`${SERVICE}/health`)).json()) as { graphVersion: string };
    expect(health.graphVersion).toBe(version);
    expect(await (await get(`${SERVICE}/release/CITATION.cff`)).text()).toContain(`version: "${version}"`);
  }, BUILD_TIMEOUT);

  it("gives the home page's schema.org Dataset the store's version and load date, as its release does", async () => {
    const page = await (await get(`${SERVICE}/`, 'text/html')).text();
    const script = /<script type="application\/ld\+json">([^<]*)<\/script>/u.exec(page);
    const dataset = JSON.parse(script![1]!) as { version: string; datePublished: string };
    const described = (await (await get(`${SERVICE}/release/dataset.jsonld`)).json()) as { version: string; datePublished: string };
    expect(dataset.version).toBe(version);
    expect(dataset.datePublished).toBe(described.datePublished);
    // kg load dated its record when this test loaded the store, not the bundled release's date.
    expect(dataset.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(dataset.datePublished).not.toBe(files.info.issued);
  }, BUILD_TIMEOUT);

  it("holds the store's extra triple in its N-Quads, and /sparql agrees", async () => {
    const nq = await (await get(`${SERVICE}/release/rdf/hrd-reprisals.nq`)).text();
    expect(nq.split('\n')).toContain(PROBE);
    expect(nq.split('\n').filter((l) => l !== '').length).toBe(files.triples + 1);
    const ask = await fetch(`${SERVICE}/sparql`, {
      method: 'POST',
      headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' },
      body: 'ASK { <urn:x-hrd-test:release-probe> <http://www.w3.org/2000/01/rdf-schema#label> "test-only label: release probe"@en }',
    });
    expect(((await ask.json()) as { boolean: boolean }).boolean).toBe(true);
  });

  it("counts one triple more in void.ttl than the files' release, in the dataset and in the data graph", async () => {
    const quads = new Parser().parse(await (await get(`${SERVICE}/release/void.ttl`)).text());
    const count = (subject: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === NS.void('triples')).map((q) => Number(q.object.value));
    expect(count(DATASET_IRI)).toEqual([files.triples + 1]);
    expect(count(NAMED_GRAPHS.data)).toEqual([files.void.dumps.triplesPerPart.data! + 1]);
    expect(count(NAMED_GRAPHS.ontology)).toEqual([files.void.dumps.triplesPerPart.ontology!]);
  });

  it('serves files whose bytes match SHA256SUMS, and SHA256SUMS lists every other file', async () => {
    const sums = await (await get(`${SERVICE}/release/SHA256SUMS`)).text();
    const lines = sums.trim().split('\n').map((l) => /^([0-9a-f]{64}) {2}(\S+)$/u.exec(l)!);
    const index = (await (await get(`${SERVICE}/release`)).json()) as { files: { path: string }[] };
    expect(lines.map((m) => m[2]).sort()).toEqual(index.files.map((f) => f.path).filter((p) => p !== 'SHA256SUMS').sort());
    for (const [, hash, file] of lines) {
      const body = Buffer.from(await (await get(`${SERVICE}/release/${file}`, '*/*')).arrayBuffer());
      expect(sha256(body), file).toBe(hash);
    }
  });

  it('answers 503 release_too_large past RELEASE_MAX_TRIPLES, saying how to export offline, and stays up', async () => {
    const json = await get(`${LIMITED}/release`);
    expect(json.status).toBe(503);
    const body = (await json.json()) as { error?: { code?: string; message?: string }; code?: string; message?: string };
    const text = JSON.stringify(body);
    expect(text).toContain('release_too_large');
    expect(text).toContain(`holds ${files.triples + 1} triples`);
    expect(text).toContain('RELEASE_MAX_TRIPLES (1000)');
    expect(text).toContain('npx kg export --from-store');
    const page = await get(`${LIMITED}/release`, 'text/html');
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('RELEASE_MAX_TRIPLES');
    expect(html).not.toContain('being built');
    expect((await get(`${LIMITED}/release/void.ttl`, '*/*')).status).toBe(503);
    expect((await get(`${LIMITED}/.well-known/void`, '*/*')).status).toBe(503);
    expect((await get(`${LIMITED}/health`)).status).toBe(200);
    expect(services[1]!.exitCode).toBeNull();
  });
});
