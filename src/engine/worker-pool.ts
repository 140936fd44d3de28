// An elastic pool of query engine processes with hard per-query time and memory limits.
// Contract: `run(request, timeoutMs)` resolves with the engine's result or rejects with an
// HttpError or a RunError. A query still running at its limit has its engine process killed
// (SIGKILL: the only way to stop synchronous WASM code) and replaced by a fresh one that reloads
// the graph; the caller gets QueryTimeoutError (503 with Retry-After). An engine that dies on its
// own (V8 fatal error, abort, segfault, out of memory) or whose resident memory passes maxRssMb is
// replaced the same way and its query gets ServiceUnavailableError (503). Nothing an engine does
// can stop the HTTP process: engines are separate processes (engine-process.ts).
// Other queries are unaffected: they run on other engines or wait in the queue (bounded by
// queueLimit and by maxQueueWaitMs, both 503 when exceeded).
// Size: `sizeAtRest` engines are kept while idle (lean at rest: each engine is a Node process
// with Oxigraph's compiled WASM, about 50–70 MB); when a query finds every engine busy, the pool
// starts more, one at a time, up to `size`; an engine above `sizeAtRest` that has had no work for
// `idleMs` stops. A killed or crashed engine is replaced while the pool is below `sizeAtRest` or
// queries are waiting.
// Cost: one graph copy and one Node process per engine; starting one costs a process start and a
// graph load (about a second for the bundled graph), during which waiting queries stay queued (or
// go to an engine that frees up first).
import type { ChildProcess } from 'node:child_process';
import { QueryTimeoutError, ServiceUnavailableError } from '../http/errors.js';
import { residentBytes, spawnEngine } from './engine-process.js';
import type { RunError, RunRequest, RunResult, WorkerInit, WorkerReply } from './worker-protocol.js';

export interface PoolOptions {
  readonly name: string;
  /** The worker module (a file URL), run as a child process. */
  readonly entry: URL;
  /** Most engines. */
  readonly size: number;
  /** Engines kept while idle (default `size`: a fixed pool). */
  readonly sizeAtRest?: number;
  /** Idle time after which an engine above sizeAtRest stops (default 60 s). */
  readonly idleMs?: number;
  readonly init: WorkerInit;
  readonly queueLimit: number;
  /** Longest a query may wait for a free engine (default 30 s). */
  readonly maxQueueWaitMs?: number;
  /** Cap of an engine's JS heap in MB (V8 --max-old-space-size). Default 512. */
  readonly maxHeapMb?: number;
  /** Cap of an engine's resident memory in MB (JS heap + WASM + native), checked by polling. Default 1024. */
  readonly maxRssMb?: number;
  readonly log?: (message: string) => void;
}

/** How often the pool reads each busy engine's resident memory from /proc. */
const RSS_POLL_MS = 100;

interface Task {
  readonly request: Omit<RunRequest, 'id'>;
  readonly timeoutMs: number;
  readonly resolve: (result: RunResult) => void;
  readonly reject: (error: Error | RunError) => void;
  queueTimer?: NodeJS.Timeout;
}

interface Slot {
  readonly child: ChildProcess;
  ready: boolean;
  task?: Task & { id: number; timer: NodeJS.Timeout };
  /** Why the pool killed it, for the log and the failed query's message. */
  killedFor?: 'memory';
  /** When it last finished a query (or became ready): for idle retirement. */
  idleSince: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly readyPromise: Promise<number>;
  private settleReady!: { resolve: (triples: number) => void; reject: (error: Error) => void };
  private everReady = false;
  private readonly rssTimer: NodeJS.Timeout;

  constructor(private readonly options: PoolOptions) {
    this.readyPromise = new Promise((resolve, reject) => (this.settleReady = { resolve, reject }));
    this.readyPromise.catch(() => undefined);
    for (let i = 0; i < this.sizeAtRest; i++) this.slots.push(this.spawn());
    this.rssTimer = setInterval(() => {
      this.checkMemory();
      this.retireIdle();
    }, RSS_POLL_MS).unref();
  }

  /** Resolves with the graph's triple count once one engine has loaded it; rejects if loading fails. */
  ready(): Promise<number> {
    return this.readyPromise;
  }

  /** Process ids of the live engines (for measurements and the chaos tests). */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot.child.pid === undefined ? [] : [slot.child.pid]));
  }

  /** Process ids of engines running a query right now. */
  busyPids(): number[] {
    return this.slots.flatMap((slot) => (slot.task && slot.child.pid !== undefined ? [slot.child.pid] : []));
  }

  /** Rejects with RunError objects (mapped to HTTP errors by the caller) or HttpErrors. */
  run(request: Omit<RunRequest, 'id'>, timeoutMs: number): Promise<RunResult> {
    if (this.closed) return Promise.reject(new ServiceUnavailableError('The query engine is shutting down.'));
    if (this.queue.length >= this.options.queueLimit) {
      return Promise.reject(new ServiceUnavailableError('Too many queries are waiting; try again shortly.', 'busy'));
    }
    return new Promise((resolve, reject) => {
      const task: Task = { request, timeoutMs, resolve, reject };
      task.queueTimer = setTimeout(() => {
        const index = this.queue.indexOf(task);
        if (index >= 0) this.queue.splice(index, 1);
        reject(new ServiceUnavailableError('No query engine became free in time; try again shortly.', 'busy'));
      }, this.options.maxQueueWaitMs ?? 30_000);
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Fails waiting queries, then stops every engine and resolves once all have exited. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.rssTimer);
    for (const task of this.queue.splice(0)) {
      clearTimeout(task.queueTimer);
      task.reject(new ServiceUnavailableError('The query engine is shutting down.'));
    }
    await Promise.all(this.slots.map((slot) => stop(slot.child)));
  }

  private spawn(): Slot {
    const child = spawnEngine({
      entry: this.options.entry,
      init: this.options.init,
      maxHeapMb: this.options.maxHeapMb ?? 512,
    });
    const slot: Slot = { child, ready: false, idleSince: Date.now() };
    child.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    child.on('error', (error) => this.onExit(slot, error.message));
    child.on('exit', (code, signal) => this.onExit(slot, signal ? `killed by ${signal}` : `exited with code ${code}`));
    return slot;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      slot.idleSince = Date.now();
      this.everReady = true;
      this.settleReady.resolve(reply.triples);
      this.dispatch();
      return;
    }
    if (reply.type === 'failed') {
      this.settleReady.reject(new Error(`${this.options.name}: could not load the graph: ${reply.message}`));
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    clearTimeout(task.timer);
    slot.task = undefined;
    slot.idleSince = Date.now();
    if (reply.type === 'error' && reply.error.fatal) {
      // Its engine is broken (see RunError.fatal): give it no more work; onExit replaces it.
      slot.ready = false;
      slot.child.kill('SIGKILL');
    }
    if (reply.type === 'done') task.resolve(reply.result);
    else task.reject(reply.error);
    this.dispatch();
  }

  /** An engine died (killed by us, crashed, or out of memory): fail its query and replace it. */
  private onExit(slot: Slot, why: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced
    this.slots.splice(index, 1);
    if (slot.child.exitCode === null && slot.child.signalCode === null) slot.child.kill('SIGKILL'); // 'error' without exit
    const task = slot.task;
    slot.task = undefined;
    if (task) {
      clearTimeout(task.timer);
      task.reject(
        slot.killedFor === 'memory'
          ? new ServiceUnavailableError(
              `The query used more than the engine's memory limit (${this.maxRssMb} MB); simplify it or add a LIMIT.`,
              'query_memory',
            )
          : new ServiceUnavailableError('The query stopped its engine (it crashed or ran out of memory); simplify it or add a LIMIT.', 'worker_failed'),
      );
    }
    if (this.closed) return;
    if (!this.everReady) {
      this.settleReady.reject(new Error(`${this.options.name}: engine failed at start-up: ${why}`));
      // No engine ever loaded: nothing will serve the waiting queries, fail them now.
      for (const waiting of this.queue.splice(0)) {
        clearTimeout(waiting.queueTimer);
        waiting.reject(new ServiceUnavailableError(`The ${this.options.name} query engine could not start; try again shortly.`, 'engine_unavailable'));
      }
      return;
    }
    this.options.log?.(`[engine] ${this.options.name} engine ${slot.child.pid} ${slot.killedFor === 'memory' ? `over ${this.maxRssMb} MB, ` : ''}${why}; replaced`);
    this.replenish();
    this.dispatch();
  }

  private get sizeAtRest(): number {
    return Math.max(1, Math.min(this.options.sizeAtRest ?? this.options.size, this.options.size));
  }

  /** After an engine is gone: back to sizeAtRest, plus one more when queries wait (up to size). */
  private replenish(): void {
    while (this.slots.length < this.sizeAtRest) this.slots.push(this.spawn());
    this.grow();
  }

  /** Starts one more engine when queries wait, none is starting and the pool is below its size. */
  private grow(): void {
    if (this.closed || this.queue.length === 0 || this.slots.length >= this.options.size) return;
    if (this.slots.some((slot) => !slot.ready)) return; // one is starting: it takes the next query
    this.slots.push(this.spawn());
  }

  /** Stops engines above sizeAtRest that have had no work for idleMs (oldest idle first). */
  private retireIdle(): void {
    const idleMs = this.options.idleMs ?? 60_000;
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (this.slots.length <= this.sizeAtRest) return;
      if (!slot.ready || slot.task || now - slot.idleSince < idleMs) continue;
      this.slots.splice(this.slots.indexOf(slot), 1); // onExit then finds no slot: not a crash
      void stop(slot.child);
    }
  }

  private get maxRssMb(): number {
    return this.options.maxRssMb ?? 1024;
  }

  /** Kills any engine whose resident memory is over the cap; onExit fails its query and replaces it. */
  private checkMemory(): void {
    const cap = this.maxRssMb * 1024 * 1024;
    for (const slot of this.slots) {
      if (slot.killedFor || slot.child.pid === undefined) continue;
      const rss = residentBytes(slot.child.pid);
      if (rss !== undefined && rss > cap) {
        slot.killedFor = 'memory';
        slot.child.kill('SIGKILL');
      }
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task || !slot.child.connected) continue;
      const task = this.queue.shift()!;
      clearTimeout(task.queueTimer);
      const id = this.nextId++;
      const timer = setTimeout(() => this.timeOut(slot), task.timeoutMs);
      slot.task = { ...task, id, timer };
      slot.child.send({ ...task.request, id } satisfies RunRequest);
    }
    this.grow();
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    slot.task = undefined;
    task.reject(new QueryTimeoutError(task.timeoutMs));
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.child.kill('SIGKILL');
    this.options.log?.(`[engine] ${this.options.name} engine ${slot.child.pid} stopped at the ${task.timeoutMs} ms limit; replaced`);
    if (!this.closed) {
      this.replenish();
      this.dispatch();
    }
  }
}

/** SIGKILL and wait for the exit (engines hold no state worth a graceful stop). */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
