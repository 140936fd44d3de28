// The service under soak: started as `npm start` starts it, in its own process group on a free
// loopback port, and watched through /proc: the resident memory (VmRSS) of the server and of
// every process below it (query engines, a supervisor's workers).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * How the service is started: the same entry point as `npm start` (package.json), without npm
 * and the tsx CLI in between so the first process is the service's own. Point it at the
 * supervisor, as `npm start` does (from source here, so no build step is needed).
 */
export const START_COMMAND: readonly string[] = [process.execPath, '--import', 'tsx', 'src/supervisor/main.ts'];

export interface RunningService {
  readonly url: string;
  readonly pid: number;
  /** Resolves with the exit code (or signal) when the service's first process ends. */
  readonly exited: Promise<string>;
  /** Last lines the service printed (stdout and stderr). */
  output(): string[];
  /** SIGTERM, then SIGKILL to the whole process group after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** A port the kernel says is free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startService(env: Record<string, string>, readyTimeoutMs = 120_000): Promise<RunningService> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(START_COMMAND[0]!, START_COMMAND.slice(1), {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_BASE_URL: `${url}/`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter((l) => l.trim() !== ''));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const pid = child.pid!;
  // Whatever ends this process (an uncaught error included), the service goes with it.
  process.once('exit', () => killGroup(pid));
  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return killGroup(pid);
    child.kill('SIGTERM');
    const timer = new Promise((resolve) => setTimeout(resolve, graceMs));
    await Promise.race([exited, timer]);
    killGroup(pid);
  };
  const deadline = Date.now() + readyTimeoutMs;
  let ended: string | undefined;
  void exited.then((how) => (ended = how));
  while (Date.now() < deadline && ended === undefined) {
    try {
      const res = await fetch(`${url}/sparql?query=ASK%7B%7D`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return { url, pid, exited, output: () => [...lines], stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop(1_000);
  throw new Error(`The service did not become ready (${ended ? `exited: ${ended}` : 'timed out'}):\n${lines.slice(-20).join('\n')}`);
}

/** SIGKILL to the process group the service leads (its children included); no error if gone. */
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export interface ProcessMemory {
  readonly pid: number;
  /** Command line, shortened (e.g. "node …/src/server.ts"). */
  readonly name: string;
  readonly rssKb: number;
}

/** `root` and every process below it, with VmRSS, from /proc (Linux). Empty when `root` is gone. */
export function processTreeMemory(root: number): ProcessMemory[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  const out: ProcessMemory[] = [];
  for (const pid of tree) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = /^VmRSS:\s+(\d+)\s+kB/mu.exec(status)?.[1];
      if (rss === undefined) continue; // a zombie: exited, not yet reaped
      const rssKb = Number(rss);
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const name = cmdline.map((arg) => (arg.includes('/') ? `…/${arg.split('/').slice(-2).join('/')}` : arg)).join(' ').slice(0, 60);
      out.push({ pid, name, rssKb });
    } catch {
      // exited while we looked
    }
  }
  return out;
}
