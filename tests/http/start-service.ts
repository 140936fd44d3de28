// Test helper: the whole service (engine workers + Express app) on a fixture graph, listening on
// port 0. One per test file (start in beforeAll, stop in afterAll).
// With TEST_SPARQL_BACKEND set (.ci/run's second pass), the same tests run against the service in
// front of a real Virtuoso (tests/engine/remote/virtuoso-fixture.ts) instead of the embedded engine.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from '../../src/engine/engine-config.js';
import { EngineService } from '../../src/engine/engine-service.js';
import { createApp, type AppLimits } from '../../src/http/app.js';
import { createHttpServer } from '../../src/http/http-server.js';
import type { QueryEngine } from '../../src/engine/query-engine.js';
import { startRemoteEngine, TEST_BACKEND } from '../engine/remote/virtuoso-fixture.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'engine');
export const EX = 'http://example.org/';

export interface RunningService {
  readonly url: string;
  readonly engine: QueryEngine & { readonly config?: EngineConfig };
  stop(): Promise<void>;
}

export async function startService(
  config: Partial<EngineConfig> = {},
  limits: Partial<AppLimits> = {},
): Promise<RunningService> {
  const full: EngineConfig = {
    ...DEFAULT_ENGINE_CONFIG,
    federation: false,
    serviceAllowlist: [],
    files: [{ path: path.join(FIXTURES, 'tiny.ttl'), part: 'data' }],
    namedGraphFiles: [
      { path: path.join(FIXTURES, 'named-a.nt'), format: 'application/n-triples', graph: `${EX}graph-a` },
      { path: path.join(FIXTURES, 'named-b.nt'), format: 'application/n-triples', graph: `${EX}graph-b` },
    ],
    ...config,
  };
  const engine = TEST_BACKEND ? await startRemoteEngine(full) : await EngineService.start(full, () => undefined);
  const app = createApp({ engine, serviceAllowlist: full.serviceAllowlist, limits: { maxQueryLength: full.maxQueryLength, ...limits }, log: () => undefined });
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    engine,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await engine.close();
    },
  };
}
