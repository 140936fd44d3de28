// The W3C SPARQL 1.1 Protocol tests (scripts/conformance/protocol-tests.ts) through `kg serve`'s
// entry point: the suite's dataset files become a TriG file per named graph in a user folder,
// served with the bundled data as the default graph under its own base, exactly as a user would
// run it (and its entity pages answer through the same entry point). Needs the
// suite in ../shared/conformance/w3c-sparql11 (or W3C_SPARQL11_DIR); skips cleanly without it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startUserService } from '../../src/cli/serve.js';
import { BASE_IRI, DATA_DIR, PROJECT_ROOT } from '../../src/config.js';
import { protocolGraphs, runProtocolTests } from '../../scripts/conformance/protocol-tests.js';

const SUITE = process.env.W3C_SPARQL11_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'conformance', 'w3c-sparql11');
const PROTOCOL = path.join(SUITE, 'protocol');

describe.skipIf(!existsSync(path.join(PROTOCOL, 'manifest.ttl')))('W3C SPARQL 1.1 Protocol through kg serve', () => {
  it('every query test passes (update tests are not applicable: read-only)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'serve-protocol-'));
    try {
      for (const [i, g] of protocolGraphs(PROTOCOL).entries()) {
        writeFileSync(path.join(dir, `graph-${i}.trig`), `<${g.graph}> {\n${readFileSync(g.path, 'utf8')}\n}\n`);
      }
      const service = await startUserService({ data: [DATA_DIR, dir], base: BASE_IRI, engine: { workers: 1 } });
      try {
        expect(service.namedGraphs.length).toBe(protocolGraphs(PROTOCOL).length);
        const outcomes = await runProtocolTests(PROTOCOL, `${service.url}/sparql`);
        expect(outcomes.filter((o) => o.status === 'failed')).toEqual([]);
        expect(outcomes.filter((o) => o.status === 'passed').length).toBe(20); // the suite's query tests (its update tests are n/a)
        const page = await fetch(`${service.url}/id/person/cao-shunli`, { headers: { Accept: 'text/turtle' } });
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('曹顺利');
      } finally {
        await service.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
