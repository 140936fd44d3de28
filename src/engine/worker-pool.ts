// A fixed-size pool of query worker threads with hard per-query time limits.
// Contract: `run(request, timeoutMs)` resolves with the worker's result or rejects with an
// HttpError. A query still running at its limit has its worker terminated (the only way to stop
// synchronous WASM code) and replaced by a fresh one that reloads the graph; the caller gets
// QueryTimeoutError (503). Other queries are unaffected: they run on other workers or wait in the
// queue (bounded by queueLimit and by maxQueueWaitMs, both 503 when exceeded).
// Cost: one graph copy per worker; replacing a worker costs one graph load on its thread.
import { Worker } from 'node:worker_threads';
import { QueryTimeoutError, ServiceUnavailableError } from '../http/errors.js';
import type { RunError, RunRequest, RunResult, WorkerInit, WorkerReply } from './worker-protocol.js';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

export interface PoolOptions {
  readonly name: string;
  /** The TypeScript worker module (a file URL). */
  readonly entry: URL;
  readonly size: number;
  readonly init: WorkerInit;
  readonly queueLimit: number;
  /** Longest a query may wait for a free worker (default 30 s). */
  readonly maxQueueWaitMs?: number;
  /** Memory cap of a worker's JS heap in MB (WASM memory is separate). Default 2048. */
  readonly maxHeapMb?: number;
  readonly log?: (message: string) => void;
}

interface Task {
  readonly request: Omit<RunRequest, 'id'>;
  readonly timeoutMs: number;
  readonly resolve: (result: RunResult) => void;
  readonly reject: (error: Error | RunError) => void;
  queueTimer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task & { id: number; timer: NodeJS.Timeout };
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private readonly readyPromise: Promise<number>;
  private settleReady!: { resolve: (triples: number) => void; reject: (error: Error) => void };
  private everReady = false;

  constructor(private readonly options: PoolOptions) {
    this.readyPromise = new Promise((resolve, reject) => (this.settleReady = { resolve, reject }));
    this.readyPromise.catch(() => undefined);
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Resolves with the graph's triple count once one worker has loaded it; rejects if loading fails. */
  ready(): Promise<number> {
    return this.readyPromise;
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
        reject(new ServiceUnavailableError('No query worker became free in time; try again shortly.', 'busy'));
      }, this.options.maxQueueWaitMs ?? 30_000);
      this.queue.push(task);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      clearTimeout(task.queueTimer);
      task.reject(new ServiceUnavailableError('The query engine is shutting down.'));
    }
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(BOOTSTRAP, {
      workerData: { ...this.options.init, entry: this.options.entry.href },
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 2048 },
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onExit(slot, error));
    worker.on('exit', (code) => this.onExit(slot, new Error(`worker exited with code ${code}`)));
    return slot;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
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
    if (reply.type === 'error' && reply.error.fatal) {
      // Its engine is broken (see RunError.fatal): give it no more work; onExit replaces it.
      slot.ready = false;
      void slot.worker.terminate();
    }
    if (reply.type === 'done') task.resolve(reply.result);
    else task.reject(reply.error);
    this.dispatch();
  }

  /** A worker died (terminated by us, out of memory, or crashed): fail its task and replace it. */
  private onExit(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced
    this.slots.splice(index, 1);
    const task = slot.task;
    if (task) {
      clearTimeout(task.timer);
      task.reject(new ServiceUnavailableError('The query stopped its worker (probably out of memory); simplify it or add a LIMIT.', 'worker_failed'));
    }
    if (this.closed) return;
    if (!this.everReady) {
      this.settleReady.reject(new Error(`${this.options.name}: worker failed at start-up: ${error.message}`));
      return;
    }
    this.options.log?.(`[engine] ${this.options.name} worker replaced: ${error.message}`);
    this.slots.push(this.spawn());
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift()!;
      clearTimeout(task.queueTimer);
      const id = this.nextId++;
      const timer = setTimeout(() => this.timeOut(slot), task.timeoutMs);
      slot.task = { ...task, id, timer };
      slot.worker.postMessage({ ...task.request, id } satisfies RunRequest);
    }
  }

  private timeOut(slot: Slot): void {
    const task = slot.task;
    if (!task) return;
    slot.task = undefined;
    task.reject(new QueryTimeoutError(task.timeoutMs));
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    if (!this.closed) this.slots.push(this.spawn());
  }
}
