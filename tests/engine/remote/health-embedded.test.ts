// /health with the engine the suite runs on: embedded (default) or the remote store (TEST_SPARQL_BACKEND).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../http/start-service.js';
import { TEST_BACKEND } from './virtuoso-fixture.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 90_000);
afterAll(async () => {
  await service?.stop();
});

describe('GET /health', () => {
  it('says which engine answers, how many triples, and (remote) that the store is reachable with the circuit closed', async () => {
    const res = await fetch(`${service.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', engine: TEST_BACKEND ? 'remote' : 'embedded', triples: service.engine.info().triples });
    // This process's own memory (the test runs the app in-process): the same figures Node reports.
    const { memory } = body as { memory: Record<string, number> };
    expect(Object.keys(memory).sort()).toEqual(['arrayBuffersMb', 'externalMb', 'heapTotalMb', 'heapUsedMb', 'rssMb']);
    expect(memory.heapUsedMb).toBeGreaterThan(1);
    expect(memory.heapUsedMb).toBeLessThanOrEqual(memory.heapTotalMb!);
    expect(memory.heapTotalMb).toBeLessThan(memory.rssMb!);
    expect(Math.abs(memory.rssMb! - process.memoryUsage().rss / 1_048_576)).toBeLessThan(64);
    if (TEST_BACKEND) expect(body.store).toMatchObject({ endpoint: TEST_BACKEND, product: 'virtuoso', reachable: true, circuit: 'closed' });
  });

  it('refuses other methods with 405 and Allow', async () => {
    const res = await fetch(`${service.url}/health`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });
});
