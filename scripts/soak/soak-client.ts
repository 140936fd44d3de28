// Sends one soak request over node:http (the raw path as given; fetch would normalise dot
// segments) and says what came back: a status, or how the connection failed. A response that
// does not finish within `timeoutMs` counts as dropped: the service promised an answer.
// One failure is not the service's: the keep-alive race. The server closes a connection idle for
// its keep-alive timeout (Node's default: 5 s) just as the client sends a new request on it; the
// client sees ECONNRESET before any byte of a response. Node documents retrying exactly these
// (`request.reusedSocket`, https://nodejs.org/api/http.html#requestreusedsocket); we retry once,
// only when the socket had been idle for at least RACE_IDLE_MS, and count them apart.
import http from 'node:http';
import type { Socket } from 'node:net';
import type { SoakRequest } from './request-mix.js';

export interface Outcome {
  /** HTTP status, or 0 when the connection failed. */
  readonly status: number;
  /** Error code when the connection failed (ECONNRESET, ECONNREFUSED, TIMEOUT, …). */
  readonly dropped?: string;
  readonly ms: number;
  readonly bytes: number;
  /** True when a keep-alive race was retried on a new connection before this outcome. */
  readonly retriedRace?: boolean;
}

/** Idle time after which a reset of a reused socket is taken for the keep-alive race. */
export const RACE_IDLE_MS = 4_000;

const lastUsed = new WeakMap<Socket, number>();

export async function send(agent: http.Agent, baseUrl: string, request: SoakRequest, timeoutMs: number): Promise<Outcome> {
  const first = await attempt(agent, baseUrl, request, timeoutMs);
  if (!first.race) return first.outcome;
  const second = await attempt(agent, baseUrl, request, timeoutMs);
  return { ...second.outcome, ms: first.outcome.ms + second.outcome.ms, retriedRace: true };
}

function attempt(agent: http.Agent, baseUrl: string, request: SoakRequest, timeoutMs: number): Promise<{ outcome: Outcome; race: boolean }> {
  const { hostname, port } = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    let idleMs = 0;
    let responded = false;
    let socket: Socket | undefined;
    const done = (outcome: Omit<Outcome, 'ms'>, race = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ outcome: { ...outcome, ms: performance.now() - started }, race });
    };
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['Content-Length'] = Buffer.byteLength(request.body);
    let req: http.ClientRequest;
    try {
      req = http.request({ agent, hostname, port, method: request.method, path: request.path, headers }, (res) => {
        responded = true;
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          // res.socket is null once the socket went back to the agent: use the one we were given.
          if (socket) lastUsed.set(socket, performance.now());
          done({ status: res.statusCode ?? 0, bytes });
        });
        res.on('error', (error: NodeJS.ErrnoException) => done({ status: 0, dropped: error.code ?? error.message, bytes }));
        res.on('aborted', () => done({ status: 0, dropped: 'ABORTED', bytes }));
      });
    } catch (error) {
      // node:http refused to build the request: a generator bug, not a server failure.
      throw new Error(`Cannot send ${request.method} ${request.path.slice(0, 80)}: ${(error as Error).message}`);
    }
    req.on('socket', (given: Socket) => {
      socket = given;
      const used = lastUsed.get(given);
      idleMs = used === undefined ? 0 : performance.now() - used;
    });
    const timer = setTimeout(() => {
      done({ status: 0, dropped: 'TIMEOUT', bytes: 0 });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => {
      const race = error.code === 'ECONNRESET' && req.reusedSocket && !responded && idleMs >= RACE_IDLE_MS;
      done({ status: 0, dropped: error.code ?? error.message, bytes: 0 }, race);
    });
    req.end(request.body);
  });
}
