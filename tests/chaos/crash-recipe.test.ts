// Issue 8's crash recipe, run CHAOS_RECIPE_PAIRS times (default 200): a GROUP_CONCAT over a cross
// product stopped at a 200 ms limit (its engine process is killed and replaced), then a CONSTRUCT
// over a cross product asked for as Turtle or N-Triples. Before engines were processes this
// aborted the whole service within 1–3 pairs (a V8 deoptimiser fatal error in a query worker
// thread; see src/engine/engine-process.ts). Each pair: the timed-out query gets 503 with
// Retry-After, the CONSTRUCT and a lookup sent beside it are answered, and the service is up.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../http/start-service.js';

const PAIRS = Number(process.env.CHAOS_RECIPE_PAIRS ?? 200);
const TRIPLES = 1500;
const MAX_ROWS = 500;
const EX = 'http://example.org/';

let service: RunningService;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'crash-recipe-'));
  const file = path.join(dir, 'graph.nt');
  const lines = Array.from({ length: TRIPLES }, (_, i) => `<${EX}s${i}> <${EX}p${i % 7}> "value ${i}" .`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  // A fixed pool of three engines (all kept at rest) so that a replacement is always loading while
  // the other two serve: the recipe kills an engine every pair, and with the default elastic pool
  // (one at rest) each pair would also wait for an engine to start. Elasticity has its own test
  // (tests/engine/elastic-pool.test.ts).
  service = await startService({ files: [{ path: file, part: 'data' }], namedGraphFiles: [], workers: 3, workersAtRest: 3, maxRows: MAX_ROWS });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const GROUP_CONCAT = 'SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o . ?x ?y ?z }';
const CONSTRUCT = 'CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }';
const LOOKUP = `SELECT ?o WHERE { <${EX}s42> ?p ?o }`;

const get = (query: string, accept: string, params = '') =>
  fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}${params}`, { headers: { Accept: accept } });

describe(`the crash recipe, ${PAIRS} pairs`, () => {
  it('leaves the service up: 503 for the timed-out query, every other request answered', async () => {
    const failures: string[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const timedOut = await get(GROUP_CONCAT, 'application/sparql-results+json', '&timeout=200');
      await timedOut.arrayBuffer();
      if (timedOut.status !== 503 || !timedOut.headers.get('retry-after')) failures.push(`pair ${i}: GROUP_CONCAT ${timedOut.status}`);
      const format = i % 2 === 0 ? 'text/turtle' : 'application/n-triples';
      const [graph, lookup] = await Promise.all([get(CONSTRUCT, format), get(LOOKUP, 'application/sparql-results+json')]);
      const text = await graph.text();
      const triples = graph.status === 200 ? new Parser({ format }).parse(text).length : -1;
      if (graph.status !== 200 || triples !== MAX_ROWS) failures.push(`pair ${i}: CONSTRUCT ${graph.status}, ${triples} triples`);
      const rows = lookup.status === 200 ? (await lookup.json()).results.bindings : [];
      if (rows.length !== 1 || rows[0].o.value !== 'value 42') failures.push(`pair ${i}: lookup ${lookup.status}`);
    }
    expect(failures).toEqual([]);
    // Afterwards: every engine is alive and answers.
    const after = await Promise.all([1, 2, 3].map(() => get(LOOKUP, 'application/sparql-results+json').then((r) => r.status)));
    expect(after).toEqual([200, 200, 200]);
  }, 1_800_000);
});
