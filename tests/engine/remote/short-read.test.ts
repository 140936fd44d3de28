// A store that cuts its answers below the service's page size (Virtuoso's ResultSetMaxRows; here
// 1,000, under the bundled graph's 7,000-odd triples) must never leave a partial copy: the entity
// graph read at start-up (readAll) and the release read from the store (readReleaseGraph) both
// fail with StoreShortReadError naming the setting, and the read of a store that does not cut
// (the same data, pages smaller than the answer limit) is whole. A Virtuoso of this test's own,
// started with VIRTUOSO_RESULT_ROWS=1000 and loaded by `kg load`. Runs in .ci/run's remote pass
// (TEST_SPARQL_BACKEND set; Debian's virtuoso-opensource installed); skips otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { readReleaseGraph } from '../../../src/engine/release-store.js';
import { remoteConfigFromEnv } from '../../../src/engine/remote/remote-config.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { StoreShortReadError } from '../../../src/engine/remote/short-read-error.js';
import { loadGraph } from '../../../src/store/load-graph.js';

/** This test's own ports (the block 19200–19299): Virtuoso HTTP and isql. */
const PORTS = { http: 19292, isql: 19293 };
const ENABLED = Boolean(process.env.TEST_SPARQL_BACKEND) && spawnSync('which', ['virtuoso-t', 'isql-vt']).status === 0;
const CUT = 1000;
/** What Virtuoso 7.2 answers past the cut: ResultSetMaxRows + 1 rows (measured). */
const ANSWERED = CUT + 1;

let virtuosoDir = '';
const remote = () => remoteConfigFromEnv({ SPARQL_BACKEND: `http://127.0.0.1:${PORTS.http}/sparql` })!;

describe.skipIf(!ENABLED)(`a store that answers at most ${CUT} rows a query`, () => {
  beforeAll(() => {
    const started = spawnSync(path.join(PROJECT_ROOT, 'scripts/virtuoso/start.sh'), {
      env: { ...process.env, VIRTUOSO_DIR: '', VIRTUOSO_HTTP_PORT: String(PORTS.http), VIRTUOSO_ISQL_PORT: String(PORTS.isql), VIRTUOSO_RESULT_ROWS: String(CUT) },
      encoding: 'utf8',
    });
    if (started.status !== 0) throw new Error(`Virtuoso did not start: ${started.stderr}`);
    virtuosoDir = started.stdout.trim();
    const load = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'bin/kg.js'), 'load', '--to', 'virtuoso'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, VIRTUOSO_DIR: virtuosoDir, VIRTUOSO_ISQL: `127.0.0.1:${PORTS.isql}` },
      encoding: 'utf8',
    });
    if (load.status !== 0) throw new Error(`kg load failed: ${load.stderr}${load.stdout}`);
  }, 180_000);

  afterAll(() => {
    if (virtuosoDir && existsSync(virtuosoDir)) spawnSync(path.join(PROJECT_ROOT, 'scripts/virtuoso/stop.sh'), [virtuosoDir, '--clean']);
  }, 30_000);

  it('cuts a page of the default size: the entity graph read fails, naming ResultSetMaxRows, instead of a partial copy', async () => {
    const engine = await RemoteSparqlEngine.start(remote(), DEFAULT_ENGINE_CONFIG);
    try {
      const local = loadGraph().store.size;
      expect(engine.triples).toBe(local); // the count itself is one row: not cut
      const error = await engine.readAll().then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(StoreShortReadError);
      expect(error).toMatchObject({ read: ANSWERED, counted: local, what: 'the default graph' });
      expect((error as Error).message).toContain('ResultSetMaxRows');
    } finally {
      await engine.close();
    }
  });

  it('reads every triple when its pages fit under the cut', async () => {
    const engine = await RemoteSparqlEngine.start(remote(), DEFAULT_ENGINE_CONFIG);
    try {
      const quads = await engine.readAll(CUT);
      expect(quads.length).toBe(loadGraph().store.size);
      expect(new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).size).toBe(quads.length);
    } finally {
      await engine.close();
    }
  });

  it('refuses to build a release from cut pages', async () => {
    const error = await readReleaseGraph(remote(), DEFAULT_ENGINE_CONFIG, Infinity).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(StoreShortReadError);
    expect((error as StoreShortReadError).read).toBe(ANSWERED);
    expect((error as StoreShortReadError).what).toMatch(/^<https:\/\/w3id\.org\/hrd-reprisals\/graph\/(ontology|data)>$/u);
  }, 60_000);
});
