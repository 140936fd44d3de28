// The supervisor's restart policy (src/supervisor/supervisor.ts) on real child processes: tiny
// scripts that crash, run, or refuse to start, instead of the whole server (the server under the
// supervisor is tested in tests/chaos/server-kill.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serverEnvironment, Supervisor } from '../../src/supervisor/supervisor.js';

const dir = mkdtempSync(path.join(tmpdir(), 'supervisor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function script(name: string, body: string): URL {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return pathToFileURL(file);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Supervisor', () => {
  it('restarts a crashing server with a doubling delay, and logs why', async () => {
    const log: string[] = [];
    const supervisor = new Supervisor({
      entry: script('crash.mjs', 'process.exit(3);'),
      execArgv: [],
      minBackoffMs: 100,
      maxBackoffMs: 400,
      stableMs: 60_000,
      log: (m) => log.push(m),
    });
    supervisor.start();
    // Each start is a Node process start (slow on a loaded machine): wait up to 60 s.
    for (let i = 0; i < 1200 && log.length < 4; i++) await wait(50);
    await supervisor.stop();
    expect(log.length).toBeGreaterThanOrEqual(4);
    expect(log[0]).toMatch(/exited with code 3 after [\d.]+ s; restarting in 100 ms/);
    const delays = log.slice(0, 4).map((m) => Number(/restarting in (\d+) ms/.exec(m)![1]));
    expect(delays).toEqual([100, 200, 400, 400]);
    expect(supervisor.starts).toBe(log.length); // the restart after the last exit was cancelled by stop()
  }, 90_000);

  it('restarts a server killed by a signal, and stop() ends it without a restart', async () => {
    const log: string[] = [];
    const supervisor = new Supervisor({
      entry: script('run.mjs', 'setInterval(() => {}, 1000); process.on("SIGTERM", () => process.exit(0));'),
      execArgv: [],
      minBackoffMs: 50,
      log: (m) => log.push(m),
    });
    supervisor.start();
    await wait(300);
    const first = supervisor.pid!;
    process.kill(first, 'SIGKILL');
    for (let i = 0; i < 100 && (supervisor.pid === first || supervisor.pid === undefined); i++) await wait(50);
    expect(supervisor.pid).not.toBe(first);
    expect(log[0]).toMatch(/was killed by SIGKILL/);
    const second = supervisor.pid!;
    expect(await supervisor.stop()).toBe(0);
    await wait(200);
    expect(supervisor.starts).toBe(2);
    expect(() => process.kill(second, 0)).toThrow();
  }, 30_000);

  it('does not restart a server that exits with 78 (invalid data or configuration)', async () => {
    const log: string[] = [];
    let gaveUp: number | undefined;
    const supervisor = new Supervisor({
      entry: script('config.mjs', 'process.exit(78);'),
      execArgv: [],
      minBackoffMs: 50,
      log: (m) => log.push(m),
      onGiveUp: (code) => (gaveUp = code),
    });
    supervisor.start();
    for (let i = 0; i < 100 && gaveUp === undefined; i++) await wait(50);
    await wait(300);
    expect(gaveUp).toBe(78);
    expect(supervisor.starts).toBe(1);
    expect(log).toEqual([expect.stringMatching(/refused to start \(exit 78/)]);
  }, 30_000);

  it('starts the server with the environment it is given: 2 malloc arenas unless the operator set another number', async () => {
    expect(serverEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2' });
    expect(serverEnvironment({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
    // The child reports what it got by its exit code: 78 (not restarted) when MALLOC_ARENA_MAX is 2.
    const code = await new Promise<number>((resolve) => {
      const supervisor = new Supervisor({
        entry: script('env.mjs', 'process.exit(process.env.MALLOC_ARENA_MAX === "2" ? 78 : 3);'),
        execArgv: [],
        env: serverEnvironment({ ...process.env, MALLOC_ARENA_MAX: undefined }),
        minBackoffMs: 50,
        log: () => undefined,
        onGiveUp: resolve,
      });
      supervisor.start();
    });
    expect(code).toBe(78);
  }, 30_000);
});
