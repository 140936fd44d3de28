// Issue 8 point 6 (lean at rest): the default pool keeps ONE engine process while idle, starts a
// second when a query finds the first busy, and stops the extra one after ENGINE_IDLE_MS without
// work. Real engine processes; the slow query is the test-only `#chaos:slow` marker
// (src/engine/engine-chaos.ts: blocks its engine 1.5 s, then answers normally).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineService } from '../../src/engine/engine-service.js';
import { EX, startService, type RunningService } from '../http/start-service.js';
import { TEST_BACKEND } from './remote/virtuoso-fixture.js';

const IDLE_MS = 1500;
let service: RunningService;

beforeAll(async () => {
  process.env.ENGINE_CHAOS = '1';
  if (!TEST_BACKEND) service = await startService({ workers: 2, workersAtRest: 1, engineIdleMs: IDLE_MS });
}, 60_000);
afterAll(async () => {
  await service?.stop();
  delete process.env.ENGINE_CHAOS;
});

const LOOKUP = `SELECT ?l WHERE { <${EX}alice> <http://www.w3.org/2000/01/rdf-schema#label> ?l }`;
const sparql = (query: string) =>
  fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } }).then(async (res) => ({
    status: res.status,
    rows: ((await res.json()) as { results?: { bindings: unknown[] } }).results?.bindings.length,
    at: Date.now(),
  }));

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe.skipIf(TEST_BACKEND)('the engine pool is lean at rest and grows under load', () => {
  it('keeps one engine while idle, starts a second for a waiting query, stops it after the idle time', async () => {
    const pool = service.engine as EngineService;
    expect(pool.enginePids()).toHaveLength(1);
    const first = pool.enginePids()[0];

    // The only engine is blocked 1.5 s: the lookups wait, and the pool starts a second engine.
    const slow = sparql(`${LOOKUP} #chaos:slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lookups = await Promise.all(Array.from({ length: 5 }, () => sparql(LOOKUP)));
    expect(lookups.map((l) => [l.status, l.rows])).toEqual(Array(5).fill([200, 2]));
    const slowAnswer = await slow;
    expect([slowAnswer.status, slowAnswer.rows]).toEqual([200, 2]);
    expect(pool.enginePids()).toHaveLength(2);
    expect(pool.enginePids()).toContain(first);

    // No engine was killed (the slow query finished), so the extra one stops after IDLE_MS idle.
    expect(await until(() => pool.enginePids().length === 1, IDLE_MS + 5000)).toBe(true);
    expect((await sparql(LOOKUP)).status).toBe(200);
  }, 30_000);
});
