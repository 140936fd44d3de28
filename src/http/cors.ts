// CORS on every response (Fetch Standard §3.2 "CORS protocol"): the graph is public and the
// service is read-only, so any origin may read it. Preflight OPTIONS requests are answered here
// with 204 and never reach a route.
import type { RequestHandler } from 'express';

const ALLOW_METHODS = 'GET, HEAD, POST, OPTIONS';
const EXPOSE_HEADERS = 'Content-Type, Content-Length, Vary, Link, X-Result-Truncated, X-Result-Count, Retry-After, Allow, ETag, Cache-Status';

export function cors(): RequestHandler {
  return (req, res, next) => {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', ALLOW_METHODS);
      res.set('Access-Control-Allow-Headers', req.get('Access-Control-Request-Headers') ?? 'Accept, Content-Type');
      res.set('Access-Control-Max-Age', '86400');
      res.set('Allow', ALLOW_METHODS);
      res.status(204).end();
      return;
    }
    next();
  };
}
