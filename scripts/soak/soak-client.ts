// Sends one soak request over node:http (the raw path as given; fetch would normalise dot
// segments) and says what came back: a status, or how the connection failed. A response that
// does not finish within `timeoutMs` counts as dropped: the service promised an answer.
import http from 'node:http';
import type { SoakRequest } from './request-mix.js';

export interface Outcome {
  /** HTTP status, or 0 when the connection failed. */
  readonly status: number;
  /** Error code when the connection failed (ECONNRESET, ECONNREFUSED, TIMEOUT, …). */
  readonly dropped?: string;
  readonly ms: number;
  readonly bytes: number;
}

export function send(agent: http.Agent, baseUrl: string, request: SoakRequest, timeoutMs: number): Promise<Outcome> {
  const { hostname, port } = new URL(baseUrl);
  const started = performance.now();
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: Omit<Outcome, 'ms'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...outcome, ms: performance.now() - started });
    };
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['Content-Length'] = Buffer.byteLength(request.body);
    let req: http.ClientRequest;
    try {
      req = http.request({ agent, hostname, port, method: request.method, path: request.path, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => done({ status: res.statusCode ?? 0, bytes }));
        res.on('error', (error: NodeJS.ErrnoException) => done({ status: 0, dropped: error.code ?? error.message, bytes }));
        res.on('aborted', () => done({ status: 0, dropped: 'ABORTED', bytes }));
      });
    } catch (error) {
      // node:http refused to build the request: a generator bug, not a server failure.
      throw new Error(`Cannot send ${request.method} ${request.path.slice(0, 80)}: ${(error as Error).message}`);
    }
    const timer = setTimeout(() => {
      done({ status: 0, dropped: 'TIMEOUT', bytes: 0 });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => done({ status: 0, dropped: error.code ?? error.message, bytes: 0 }));
    req.end(request.body);
  });
}
