// Lowers the scheduling priority of the calling thread — an engine process's main thread, where
// its queries run — so that the HTTP process (and with it every request that does not need a
// query engine, such as entity pages) keeps its CPU share while a long query runs. On Linux the
// nice value is per thread: setpriority(PRIO_PROCESS, 0) — what os.setPriority(0, n) calls
// through libuv — changes only the calling thread
// (setpriority(2), "BUGS"). Elsewhere it may apply to the whole process or be refused; then the
// call is skipped, never fatal.
import os from 'node:os';

/** Nice value of query workers: 10 (the HTTP thread stays at the process's own, usually 0). */
export const WORKER_NICE = 10;

export function lowerWorkerPriority(nice = WORKER_NICE): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(0, Math.max(os.getPriority(0), nice));
  } catch {
    // Not permitted here: run at normal priority.
  }
}
