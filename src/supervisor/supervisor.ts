// The supervisor: a small primary process that runs the HTTP server (src/server.ts) as a child
// and starts it again whenever it dies, so a crash of the server process costs seconds, not the
// service. Contract:
//   - every exit of the server that the supervisor did not ask for is logged (code or signal, and
//     how long it ran) and followed by a restart after a back-off delay;
//   - the delay starts at minBackoffMs and doubles after each crash of a server that ran less than
//     stableMs (a crash loop), up to maxBackoffMs; a server that ran stableMs or longer resets it;
//   - stop() (SIGTERM/SIGINT in main.ts) sends SIGTERM to the server, which closes its engines and
//     exits; if it has not exited within stopGraceMs it is killed. The supervisor never restarts
//     a server after stop();
//   - a server that exits with EXIT_CONFIG (78: invalid data or configuration, port taken) is not
//     restarted, since a restart cannot fix it: the supervisor exits with the same status.
// The supervisor itself loads nothing but node:child_process, so there is almost nothing in it to crash.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EXIT_CONFIG } from './exit-codes.js';

/**
 * The server's environment: this one, with glibc malloc arenas set to 2 (instead of 8 per core)
 * unless the operator set MALLOC_ARENA_MAX; the engines the server forks inherit it. Memory a
 * thread frees stays in its arena, so with many arenas the native memory outside V8's heap crept
 * up under the soak's mixed traffic (RSS minus V8 heap minus external: 72 → 97 MB in ten minutes;
 * 75 → 85 MB with 2 arenas, and the soak's RSS verdict went from +18 % to +0.5 %).
 */
export function serverEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

export interface SupervisorOptions {
  /** The server module (a file URL). */
  readonly entry: URL;
  /** Node flags of the server process (e.g. tsx's loader when running from source). */
  readonly execArgv: readonly string[];
  /** Environment of the server process (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
  readonly minBackoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly stableMs?: number;
  readonly stopGraceMs?: number;
  readonly log?: (message: string) => void;
  /** Called when the supervisor gives up (the server exited with EXIT_CONFIG). */
  readonly onGiveUp?: (code: number) => void;
}

export class Supervisor {
  private child?: ChildProcess;
  private startedAt = 0;
  private backoffMs: number;
  private restartTimer?: NodeJS.Timeout;
  private stopping?: Promise<number>;
  /** Number of times the server was started (1 after start()). */
  starts = 0;

  constructor(private readonly options: SupervisorOptions) {
    this.backoffMs = options.minBackoffMs ?? 500;
  }

  /** Process id of the running server, if any. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const child = fork(fileURLToPath(this.options.entry), [], {
      execArgv: [...this.options.execArgv],
      env: this.options.env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    this.startedAt = Date.now();
    this.starts++;
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
  }

  /** Stops the server (SIGTERM, then SIGKILL after the grace period); resolves with its exit code. */
  stop(): Promise<number> {
    clearTimeout(this.restartTimer);
    this.stopping ??= new Promise((resolve) => {
      const child = this.child;
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(0);
      const kill = setTimeout(() => child.kill('SIGKILL'), this.options.stopGraceMs ?? 10_000);
      child.once('exit', (code) => {
        clearTimeout(kill);
        resolve(code ?? 0);
      });
      child.kill('SIGTERM');
    });
    return this.stopping;
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child || this.stopping) return;
    const ranMs = Date.now() - this.startedAt;
    if (code === EXIT_CONFIG) {
      this.log(`[supervisor] server ${child.pid} refused to start (exit ${code}: data or configuration); not restarting`);
      this.options.onGiveUp?.(code);
      return;
    }
    const max = this.options.maxBackoffMs ?? 30_000;
    if (ranMs >= (this.options.stableMs ?? 30_000)) this.backoffMs = this.options.minBackoffMs ?? 500;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, max);
    this.log(
      `[supervisor] server ${child.pid} ${signal ? `was killed by ${signal}` : `exited with code ${code}`} after ` +
        `${(ranMs / 1000).toFixed(1)} s; restarting in ${delay} ms`,
    );
    this.restartTimer = setTimeout(() => this.start(), delay);
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(message);
  }
}
