// Issue 8 point 4: `kill -9` of the HTTP server process under the supervisor (npm start's
// process tree, real processes on loopback, the bundled graph). The supervisor starts a new
// server, which answers again; the killed server's engine processes exit with it (no orphans);
// SIGTERM to the supervisor then stops the whole tree.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let supervisor: ChildProcess;
let port: number;
let output = '';

/** Child process ids of a process (Linux /proc; its main thread forks every child). */
function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const commandLine = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const serverPid = () => children(supervisor.pid!).find((pid) => commandLine(pid).includes('server.ts'));
const enginePids = (server: number) => children(server).filter((pid) => commandLine(pid).includes('oxigraph-worker'));

async function answers(): Promise<number> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`, {
      headers: { Accept: 'application/sparql-results+json' },
    });
    return res.status === 200 && (await res.json()).boolean === true ? 200 : res.status;
  } catch {
    return 0; // connection refused: no server listening
  }
}

/** Polls until the service answers; returns how long it took. Start-up is seconds when idle, more on a loaded CI box. */
async function untilAnswering(limitMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await answers()) === 200) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service did not answer within ${limitMs} ms:\n${output}`);
}

beforeAll(async () => {
  port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  supervisor = spawn(process.execPath, ['--import', 'tsx', 'src/supervisor/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUERY_WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  supervisor.stdout!.on('data', (chunk) => (output += chunk));
  supervisor.stderr!.on('data', (chunk) => (output += chunk));
  await untilAnswering(120_000);
}, 150_000);

afterAll(() => {
  if (supervisor.exitCode === null) supervisor.kill('SIGKILL');
});

describe('the HTTP server process under the supervisor', () => {
  it('comes back after kill -9, leaving no orphan engine', async () => {
    const first = serverPid()!;
    const engines = enginePids(first);
    expect(engines).toHaveLength(1);
    process.kill(first, 'SIGKILL');
    const tookMs = await untilAnswering(120_000);
    const second = serverPid()!;
    expect(second).not.toBe(first);
    expect(alive(first)).toBe(false);
    // The old engine saw its IPC channel close and exited.
    for (let i = 0; i < 50 && engines.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(engines.filter(alive)).toEqual([]);
    expect(output).toMatch(new RegExp(`server ${first} was killed by SIGKILL after [\\d.]+ s; restarting in 500 ms`));
    console.log(`[chaos] server back ${tookMs} ms after kill -9`);
    expect(await answers()).toBe(200);
  }, 150_000);

  it('SIGTERM stops the supervisor, the server and its engines', async () => {
    const server = serverPid()!;
    const engines = enginePids(server);
    expect(engines).toHaveLength(1);
    const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (let i = 0; i < 50 && [server, ...engines].some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect([server, ...engines].filter(alive)).toEqual([]);
    expect(await answers()).toBe(0);
  }, 60_000);
});
