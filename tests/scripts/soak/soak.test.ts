// Issue 8 item 5 in CI: `npm run soak` for 20 s (SOAK_S to change) against the real service,
// started as `npm start` starts it, on loopback. It must pass: no 5xx but 503, no dropped
// connection, the service still up, RSS flat after warm-up. The report is the failure message.
import { describe, expect, it } from 'vitest';
import { runSoak, soakOptionsFromEnv } from '../../../scripts/soak/soak.js';

const durationS = Number(process.env.SOAK_S ?? 20);

describe('soak', () => {
  it(`${durationS} s of mixed and hostile traffic leave the service up and answering`, async () => {
    const { result, verdict, report } = await runSoak({ ...soakOptionsFromEnv({ ...process.env, SOAK_S: String(durationS) }), concurrency: 4 });
    // The run did what it says: traffic of every class, at least one burst, memory sampled.
    expect(result.requests, report).toBeGreaterThan(durationS * 2);
    expect(Object.keys(result.byKind).length, report).toBeGreaterThan(10);
    expect(result.bursts, report).toBeGreaterThanOrEqual(1);
    expect(result.memory.length, report).toBeGreaterThan(3);
    expect(result.byStatus['200'], report).toBeGreaterThan(0);
    expect(verdict.reasons, report).toEqual([]);
    expect(verdict.pass).toBe(true);
  }, (durationS + 240) * 1000);
});
