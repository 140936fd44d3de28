// Issue 8 point 4: an engine process that dies — killed with SIGKILL mid-query, process.abort(),
// a segfault, over its memory cap, or a query that never ends — costs only the query it was
// running (503 with Retry-After); queries running elsewhere are answered, and the service answers
// normally afterwards, with the engine replaced. Real engine processes (ENGINE_CHAOS=1 enables
// the fault markers of src/engine/engine-chaos.ts in them; production never sets it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EX, startService, type RunningService } from '../http/start-service.js';
import type { EngineService } from '../../src/engine/engine-service.js';

let service: RunningService;
const LIMIT_MS = 6000;
const RSS_CAP_MB = 250;

beforeAll(async () => {
  process.env.ENGINE_CHAOS = '1'; // inherited by the engine processes spawned below
  service = await startService({ timeoutMs: LIMIT_MS, workers: 2, workersAtRest: 2, maxRssMb: RSS_CAP_MB });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  delete process.env.ENGINE_CHAOS;
});

const sparql = (query: string) =>
  fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } });

const LOOKUP = `SELECT ?l WHERE { <${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l }`;
// Hours of work if nothing stopped it (10 triple patterns, no join variables).
const RUNAWAY = `SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }`;

async function lookups(n: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const res = await sparql(LOOKUP);
      const body = await res.json();
      return res.status === 200 ? body.results.bindings.length : -res.status;
    }),
  );
}

/** Waits until the pool is back at full strength with engines other than `dead`. */
async function replaced(dead: readonly number[]): Promise<number[]> {
  for (let i = 0; i < 300; i++) {
    const pids = (service.engine as EngineService).enginePids();
    if (pids.length === 2 && !pids.some((p) => dead.includes(p))) return pids;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the pool did not replace the dead engine');
}

/** True once `pid` has exited (polled for up to 5 s). */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return !alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `failing`, 20 lookups beside it, then checks the outcome and that the service recovered. */
async function faultCase(failing: () => Promise<Response>, expectedCode: string): Promise<void> {
  const before = (service.engine as EngineService).enginePids();
  expect(before).toHaveLength(2);
  const failed = failing();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const beside = await lookups(20);
  const res = await failed;
  const body = await res.json();
  expect(res.status).toBe(503);
  expect(body.error.code).toBe(expectedCode);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  // Every lookup sent while the engine died was answered with the graph's two labels.
  expect(beside).toEqual(Array(20).fill(2));
  const now = await replaced(before.filter((pid) => !(service.engine as EngineService).enginePids().includes(pid)));
  expect(now).toHaveLength(2);
  expect(await lookups(4)).toEqual([2, 2, 2, 2]);
  // A SIGKILLed process may take a moment to be torn down (state R, no pages left): wait for it.
  for (const pid of before.filter((p) => !now.includes(p))) expect(await gone(pid)).toBe(true);
}

describe('a failing engine process costs only its own query', () => {
  it('kill -9 of an engine mid-query: 503 for that query, the others answered', async () => {
    await faultCase(async () => {
      const pending = sparql(RUNAWAY);
      let busy: number[] = [];
      for (let i = 0; i < 100 && busy.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        busy = (service.engine as EngineService).busyEnginePids();
      }
      expect(busy).toHaveLength(1);
      process.kill(busy[0]!, 'SIGKILL');
      return pending;
    }, 'worker_failed');
  }, 60_000);

  it('process.abort() inside an engine (what a V8 fatal error does)', async () => {
    await faultCase(() => sparql(`SELECT * WHERE { ?s ?p ?o } #chaos:abort`), 'worker_failed');
  }, 60_000);

  it('a segfault inside an engine', async () => {
    await faultCase(() => sparql(`SELECT * WHERE { ?s ?p ?o } #chaos:segv`), 'worker_failed');
  }, 60_000);

  it(`an engine over its memory cap (${RSS_CAP_MB} MB resident) is replaced`, async () => {
    await faultCase(() => sparql(`SELECT * WHERE { ?s ?p ?o } #chaos:memory`), 'query_memory');
  }, 60_000);

  it('a query that never ends (a busy loop, not even Oxigraph) is stopped at the time limit', async () => {
    const started = Date.now();
    await faultCase(() => sparql(`SELECT * WHERE { ?s ?p ?o } #chaos:hang`), 'query_timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(LIMIT_MS - 50);
  }, 60_000);

  it('without the chaos marker the same query is an ordinary query', async () => {
    const res = await sparql(`SELECT * WHERE { <${EX}alice> ?p ?o } # chaos: not a marker`);
    expect(res.status).toBe(200);
    expect((await res.json()).results.bindings.length).toBeGreaterThan(0);
  });
});
