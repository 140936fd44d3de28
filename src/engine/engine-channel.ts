// The child side of an engine process (see engine-process.ts for the parent side). An engine is
// a separate Node process started with child_process.fork; it talks to the HTTP process over the
// IPC channel only: it reads its WorkerInit from ENGINE_INIT (JSON) at start, receives RunRequests
// as messages and sends WorkerReplies back. Results are already serialised (strings or plain
// JSON objects), so the HTTP process never builds Oxigraph or Comunica terms.
// Contract: the process exits as soon as the channel closes (its parent died or closed it), so an
// engine never outlives the HTTP process; a crash here (abort, segfault, V8 fatal, out of memory)
// ends only this process, and the parent's pool replaces it.
import { engineChaos } from './engine-chaos.js';
import type { RunRequest, WorkerInit, WorkerReply } from './worker-protocol.js';

export interface EngineChannel {
  readonly init: WorkerInit;
  post(reply: WorkerReply): void;
  onRequest(handler: (request: RunRequest) => void): void;
}

/** Environment variable carrying the JSON WorkerInit from parent to child. */
export const ENGINE_INIT_ENV = 'ENGINE_INIT';

export function engineChannel(): EngineChannel {
  if (!process.send) throw new Error('an engine process must be started with child_process.fork (no IPC channel)');
  const raw = process.env[ENGINE_INIT_ENV];
  if (!raw) throw new Error(`${ENGINE_INIT_ENV} is not set`);
  const init = JSON.parse(raw) as WorkerInit;
  // Parent gone (exited, killed, or closed the channel): nothing left to answer to.
  process.on('disconnect', () => process.exit(0));
  // Ctrl-C and a service manager's SIGTERM reach the whole process group: the HTTP process stops
  // its engines itself (worker-pool.ts close()), so an engine does not race it by dying first.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  const chaos = engineChaos();
  return {
    init,
    post: (reply) => {
      // A reply to a parent that just went away is dropped; 'disconnect' ends the process.
      if (process.connected) process.send!(reply);
    },
    onRequest: (handler) =>
      process.on('message', (request: RunRequest) => {
        chaos?.(request.query);
        handler(request);
      }),
  };
}
