// The W3C SPARQL 1.1 Protocol tests (scripts/conformance/protocol-tests.ts) against the service in
// front of Virtuoso: the same tests `npm run conformance` runs against the embedded engine. The
// protocol's dataset files are loaded into Virtuoso as named graphs beside the release's graphs
// (which `kg load --to virtuoso` loaded). Needs TEST_SPARQL_BACKEND (or SPARQL_BACKEND) and
// VIRTUOSO_DIR; skips with a notice when the W3C suite is absent. Exits 1 on any failure.
// Usage: npx tsx scripts/virtuoso/protocol-conformance.ts
import { copyFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { engineConfigFromEnv } from '../../src/engine/engine-config.js';
import { remoteConfigFromEnv, RELEASE_GRAPHS } from '../../src/engine/remote/remote-config.js';
import { RemoteSparqlEngine } from '../../src/engine/remote/remote-sparql-engine.js';
import { bulkLoad, isqlTargetFromEnv } from '../../src/engine/remote/virtuoso-loader.js';
import { createApp } from '../../src/http/app.js';
import { protocolGraphs, runProtocolTests } from '../conformance/protocol-tests.js';

const SUITE = process.env.W3C_SPARQL11_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'conformance', 'w3c-sparql11');

async function main(): Promise<number> {
  const protocolDir = path.join(SUITE, 'protocol');
  if (!existsSync(path.join(protocolDir, 'manifest.ttl'))) {
    console.log(`W3C SPARQL 1.1 test suite not found at ${SUITE}; skipping.`);
    return 0;
  }
  const endpoint = process.env.TEST_SPARQL_BACKEND || process.env.SPARQL_BACKEND;
  if (!endpoint || !process.env.VIRTUOSO_DIR) throw new Error('needs TEST_SPARQL_BACKEND and VIRTUOSO_DIR');
  const graphs = protocolGraphs(protocolDir);
  const copies = graphs.map((g) => {
    const target = path.join(process.env.VIRTUOSO_DIR!, 'load', `protocol-${path.basename(g.path)}`);
    copyFileSync(g.path, target);
    return { path: target, graph: g.graph };
  });
  await bulkLoad(isqlTargetFromEnv(), copies, graphs.map((g) => g.graph));
  const remote = remoteConfigFromEnv({ ...process.env, SPARQL_BACKEND: endpoint })!;
  const engine = await RemoteSparqlEngine.start(
    { ...remote, defaultGraphs: RELEASE_GRAPHS, namedGraphs: [...RELEASE_GRAPHS, ...graphs.map((g) => g.graph)] },
    engineConfigFromEnv(),
  );
  const server = createApp({ engine, log: () => undefined }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
  try {
    const outcomes = await runProtocolTests(protocolDir, url);
    const failed = outcomes.filter((o) => o.status === 'failed');
    const passed = outcomes.filter((o) => o.status === 'passed').length;
    console.log(`SPARQL 1.1 Protocol through the service in front of ${endpoint}: ${passed} passed, ${failed.length} failed, ${outcomes.length - passed - failed.length} not applicable`);
    for (const o of failed) console.log(`  FAILED [${o.group}] ${o.name}\n         ${o.reason}`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    server.closeAllConnections();
    server.close();
    await engine.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`protocol conformance: ${(error as Error).message}`);
    process.exit(2);
  },
);
