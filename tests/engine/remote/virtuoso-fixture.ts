// Test helper: a RemoteSparqlEngine over the Virtuoso that .ci/run (or scripts/virtuoso/start.sh)
// started, with a test's fixture files loaded into it. Enabled by TEST_SPARQL_BACKEND (the store's
// endpoint, e.g. http://127.0.0.1:18690/sparql) and VIRTUOSO_DIR (its data folder, whose load/
// subfolder is in DirsAllowed). Files of the default graph go to a graph named by their content
// hash, so concurrent test files never clear each other's data; named-graph files keep their
// IRIs (the same fixture files everywhere, and a store's graph is a set, so loading twice is harmless).
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from '../../../src/engine/engine-config.js';
import { remoteConfigFromEnv, RELEASE_GRAPHS } from '../../../src/engine/remote/remote-config.js';
import { RemoteSparqlEngine } from '../../../src/engine/remote/remote-sparql-engine.js';
import { bulkLoad, isqlTargetFromEnv, type LoadFile } from '../../../src/engine/remote/virtuoso-loader.js';
import { loadEntityGraphThrough } from '../../../src/engine/create-engine.js';

/** The store's endpoint when the suite runs against a remote store, else undefined. */
export const TEST_BACKEND = process.env.TEST_SPARQL_BACKEND || undefined;

const loaded = new Map<string, Promise<void>>();

async function ensureLoaded(files: readonly LoadFile[]): Promise<void> {
  const key = files.map((f) => `${f.path}→${f.graph}`).join('|');
  let pending = loaded.get(key);
  if (!pending) {
    const dir = path.join(process.env.VIRTUOSO_DIR ?? '', 'load');
    const copies = files.map((f) => {
      const target = path.join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 12)}-${path.basename(f.path)}`);
      copyFileSync(f.path, target);
      return { path: target, graph: f.graph };
    });
    pending = bulkLoad(isqlTargetFromEnv(), copies, []);
    loaded.set(key, pending);
  }
  await pending;
}

/**
 * Starts a RemoteSparqlEngine serving `config.files` as its default graph and
 * `config.namedGraphFiles` as named graphs; without `files`, the bundled graph that
 * `kg load --to virtuoso` put in the store.
 */
export async function startRemoteEngine(config: Partial<EngineConfig>): Promise<RemoteSparqlEngine> {
  const full = { ...DEFAULT_ENGINE_CONFIG, ...config };
  const base = remoteConfigFromEnv({ ...process.env, SPARQL_BACKEND: TEST_BACKEND })!;
  let defaultGraphs: readonly string[] = RELEASE_GRAPHS;
  let namedGraphs: readonly string[] = RELEASE_GRAPHS;
  // No fixture files (the engine's default: the bundled graph), or the bundled files themselves:
  // that is what `kg load --to virtuoso` put in the store's release graphs.
  const paths = (files: readonly { path: string }[] | undefined) => (files ?? []).map((f) => f.path).join('|');
  const bundled =
    (config.namedGraphFiles ?? []).length === 0 &&
    (config.files === undefined || paths(config.files) === paths(DEFAULT_ENGINE_CONFIG.files));
  if (!bundled) {
    const hash = createHash('sha256');
    for (const f of config.files ?? []) hash.update(readFileSync(f.path));
    const graph = `urn:x-hrd-test:default:${hash.digest('hex').slice(0, 16)}`;
    const named = (config.namedGraphFiles ?? []).map((f) => ({ path: f.path, graph: f.graph }));
    await ensureLoaded([...(config.files ?? []).map((f) => ({ path: f.path, graph })), ...named]);
    defaultGraphs = [graph];
    namedGraphs = named.map((f) => f.graph);
  }
  const engine = await RemoteSparqlEngine.start({ ...base, defaultGraphs, namedGraphs }, full);
  // Entity pages, the API and reconciliation read the bundled graph (as with the embedded engine,
  // whose SPARQL fixtures are separate): read here through an engine over the release's graphs,
  // which stays open for the per-request neighbourhood reads and closes with the returned engine.
  const release = defaultGraphs === RELEASE_GRAPHS ? engine : await RemoteSparqlEngine.start(base, full);
  await loadEntityGraphThrough(release, () => undefined);
  if (release !== engine) {
    const close = engine.close.bind(engine);
    engine.close = async () => {
      await release.close();
      await close();
    };
  }
  return engine;
}
