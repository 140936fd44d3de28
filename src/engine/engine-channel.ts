// The child side of an engine process (see engine-process.ts for the parent side). An engine is
// a separate Node process started with child_process.fork; it talks to the HTTP process over the
// IPC channel only: it reads its WorkerInit from ENGINE_INIT (JSON) at start, receives RunRequests
// as messages and sends WorkerReplies back. Results are already serialised (text as UTF-8 bytes,
// or plain JSON objects), so the HTTP process never builds Oxigraph or Comunica terms.
// The channel uses "advanced" serialization (structured clone, engine-process.ts) and a text
// result crosses as a Buffer: it arrives in the HTTP process as bytes outside V8's heap, a view
// of the message read (no copy), and is sent to the client as is. With JSON serialization a 30 MB
// answer was ~3× its size in the HTTP process's heap at once (the message text, its parse, the
// body string: UTF-16 when one character is outside Latin-1), and those peaks left native
// memory behind (issue 8's soak: server heap 174 MB at peaks, RSS +45 % after warm-up).
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
      if (process.connected) process.send!(onTheWire(reply));
    },
    onRequest: (handler) =>
      process.on('message', (request: RunRequest) => {
        chaos?.(request.query);
        handler(request);
      }),
  };
}

/** A reply as it crosses the channel: a text result as UTF-8 bytes (one copy, outside V8's heap). */
export function onTheWire(reply: WorkerReply): WorkerReply {
  if (reply.type !== 'done' || !('text' in reply.result) || typeof reply.result.text !== 'string') return reply;
  return { ...reply, result: { ...reply.result, text: Buffer.from(reply.result.text, 'utf8') } };
}
