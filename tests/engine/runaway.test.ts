// Issue 3 point 4: a runaway query (a cartesian product) is cut at its time limit while 50
// lookups complete normally, and the service answers afterwards. Bounds are deliberately
// generous: this asserts outcomes, not speed (speed is measured in bench/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EX, startService, type RunningService } from '../http/start-service.js';

let service: RunningService;
const LIMIT_MS = 3000;

beforeAll(async () => {
  // A fixed pool of two: the lookups never wait for an engine to start (tests/engine/elastic-pool.test.ts
  // covers the default, one engine at rest).
  service = await startService({ timeoutMs: LIMIT_MS, workers: 2, workersAtRest: 2 });
});
afterAll(() => service?.stop());

const sparql = (query: string, params = '') =>
  fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}${params}`, { headers: { Accept: 'application/json' } });

// 10 triples to the 10th power: ~10^10 combinations, hours of work if nothing stopped it.
const RUNAWAY = `SELECT (COUNT(*) AS ?n) WHERE {
  ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o .
  ?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?aa . ?bb ?cc ?dd }`;
const LOOKUP = `SELECT ?l WHERE { <${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l }`;

describe('a runaway query cannot hang the service', () => {
  it('is cut at its limit while 50 lookups succeed', async () => {
    const started = Date.now();
    const runaway = sparql(RUNAWAY).then(async (res) => ({ res, body: await res.json(), ms: Date.now() - started, at: Date.now() }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // let it occupy a worker

    const latencies: number[] = [];
    let lastLookupAt = 0;
    const lookups = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const t0 = Date.now();
        const res = await sparql(LOOKUP);
        const body = await res.json();
        latencies.push(Date.now() - t0);
        lastLookupAt = Date.now();
        return { status: res.status, rows: body.results?.bindings?.length };
      }),
    );
    expect(lookups.every((l) => l.status === 200 && l.rows === 2)).toBe(true);
    // The lookups did not wait for the runaway: all of them finished before it was cut.
    expect(Math.max(...latencies)).toBeLessThan(LIMIT_MS);

    const { res, body, ms, at } = await runaway;
    expect(lastLookupAt).toBeLessThanOrEqual(at);
    expect(res.status).toBe(503);
    expect(body.error.code).toBe('query_timeout');
    expect(body.error.message).toContain(`${LIMIT_MS} ms`);
    expect(res.headers.get('retry-after')).toBeTruthy();
    expect(ms).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(ms).toBeLessThan(LIMIT_MS + 5000);
  });

  it('a request may ask for a shorter limit, not a longer one', async () => {
    const short = await sparql(RUNAWAY, '&timeout=300');
    expect(short.status).toBe(503);
    expect((await short.json()).error.message).toContain('300 ms');
    const long = await sparql(RUNAWAY, '&timeout=999999');
    expect((await long.json()).error.message).toContain(`${LIMIT_MS} ms`);
  });

  it('answers on every worker afterwards (terminated workers were replaced)', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => sparql(LOOKUP)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('two runaways at once do not take the service down', async () => {
    const both = await Promise.all([sparql(RUNAWAY, '&timeout=500'), sparql(RUNAWAY, '&timeout=500')]);
    expect(both.map((r) => r.status)).toEqual([503, 503]);
    const after = await sparql(LOOKUP);
    expect(after.status).toBe(200);
  });
});
