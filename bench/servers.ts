// Starting and stopping the processes the benchmark compares, each on its own free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../src/config.js';

export interface Running {
  readonly name: string;
  readonly url: string;
  stop(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Spawns a command and resolves once `probe` answers 2xx (polling), or rejects after `waitMs`. */
export async function start(name: string, command: string, args: string[], probe: string, env: Record<string, string> = {}, waitMs = 120_000): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${log}`);
    try {
      const res = await fetch(probe);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`${name} did not start in ${waitMs} ms: ${log}`);
}

export function stop(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGTERM');
}
