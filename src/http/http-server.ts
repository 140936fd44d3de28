// The HTTP server around the Express app. Node refuses request heads larger than its
// maxHeaderSize (16 KiB by default) itself, with a bare 431 that never reaches the app — no CORS
// header, no message. Allowing 64 KiB lets a GET query up to the app's own query-length limit
// (32 KiB, src/http/app.ts) reach the endpoint, and a longer one get the app's 413 that says
// what to do (send it by POST).
import http from 'node:http';
import type { Express } from 'express';

export const MAX_HEADER_BYTES = 64 * 1024;

/** An HTTP server for `app`, not yet listening. */
export function createHttpServer(app: Express): http.Server {
  return http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
}
