// `npm run conformance`: the W3C SPARQL 1.1 test suite (../shared/conformance/w3c-sparql11, or
// $W3C_SPARQL11_DIR) against this service.
//  1. Protocol tests over HTTP against a server this script starts (the bundled graph plus the
//     protocol's dataset fixtures as named graphs) on a free port, and stops at the end.
//  2. Query-evaluation and syntax tests through the engine layer (scripts/conformance/query-tests.ts).
// Prints passed/failed per group and every failure with its reason; every not-applicable test
// with its reason. Exits 1 if any protocol query test fails; exits 0 with a notice when the
// suite is absent (CI always has it).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { engineConfigFromEnv } from '../src/engine/engine-config.js';
import { EngineService } from '../src/engine/engine-service.js';
import { createApp } from '../src/http/app.js';
import { protocolGraphs, runProtocolTests, type TestOutcome } from './conformance/protocol-tests.js';
import { runQueryTests } from './conformance/query-tests.js';

const SUITE = process.env.W3C_SPARQL11_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'conformance', 'w3c-sparql11');

function report(title: string, outcomes: readonly TestOutcome[]): void {
  console.log(`\n== ${title} ==`);
  const groups = new Map<string, TestOutcome[]>();
  for (const o of outcomes) groups.set(o.group, [...(groups.get(o.group) ?? []), o]);
  console.log(`${'group'.padEnd(22)} ${'passed'.padStart(6)} ${'failed'.padStart(6)} ${'n/a'.padStart(5)}`);
  for (const [group, list] of groups) {
    const count = (s: TestOutcome['status']) => String(list.filter((o) => o.status === s).length);
    console.log(`${group.padEnd(22)} ${count('passed').padStart(6)} ${count('failed').padStart(6)} ${count('not applicable').padStart(5)}`);
  }
  const count = (s: TestOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  console.log(`${'total'.padEnd(22)} ${String(count('passed')).padStart(6)} ${String(count('failed')).padStart(6)} ${String(count('not applicable')).padStart(5)}`);
  for (const o of outcomes.filter((x) => x.status === 'failed')) console.log(`  FAILED [${o.group}] ${o.name}\n         ${o.reason}`);
  for (const o of outcomes.filter((x) => x.status === 'not applicable')) console.log(`  n/a    [${o.group}] ${o.name} — ${o.reason}`);
}

async function main(): Promise<number> {
  if (!existsSync(path.join(SUITE, 'protocol', 'manifest.ttl'))) {
    console.log(`W3C SPARQL 1.1 test suite not found at ${SUITE}; skipping (set W3C_SPARQL11_DIR).`);
    return 0;
  }
  const protocolDir = path.join(SUITE, 'protocol');
  const engine = await EngineService.start({ ...engineConfigFromEnv(), namedGraphFiles: protocolGraphs(protocolDir) });
  const server = createApp({ engine, log: () => undefined }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
  let protocol: TestOutcome[];
  try {
    protocol = await runProtocolTests(protocolDir, endpoint);
  } finally {
    server.closeAllConnections();
    server.close();
    await engine.close();
  }
  report(`SPARQL 1.1 Protocol over HTTP (${endpoint})`, protocol);
  const query = await runQueryTests(path.join(SUITE, 'manifest-sparql11-query.ttl'));
  report('SPARQL 1.1 Query evaluation and syntax, through the engine layer', query);
  const protocolFailures = protocol.filter((o) => o.status === 'failed').length;
  console.log(protocolFailures === 0 ? '\nAll protocol query tests passed.' : `\n${protocolFailures} protocol query test(s) failed.`);
  return protocolFailures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
