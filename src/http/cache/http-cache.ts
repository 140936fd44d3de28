// HTTP caching for the read-only service (RFC 9110 §8.8 and §13, RFC 9111 §5.2, RFC 9211). The
// graph never changes while the process runs, so a covered request (request-key.ts) always gets
// the same bytes, and:
//   - every 200 carries a strong ETag = hash(representation version, normalised request, chosen
//     Content-Type) and `Cache-Control: public, max-age=…` (unless its handler chose one);
//   - If-None-Match (weak comparison, `*`, lists) answers 304 without a body for GET and HEAD,
//     412 for POST (§13.1.2) — before any work when the response is in the cache;
//   - 200s are kept in a bounded LRU by bytes (response-cache.ts) and replayed through the same
//     Express code, so cached or not the status, headers and body are identical; only
//     `Cache-Status` (RFC 9211) says hit, miss or bypass;
//   - errors are never kept and carry `Cache-Control: no-store` (a 503 is about this moment).
// Wiring: `middleware` before the routes (app.ts); `afterBody` between the body parser and the
// handler of POST /sparql (routes.ts), since a POST query is known only once its body is read.
// Identical requests in flight at once each run (no request coalescing).
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { errorMiddleware, HttpError } from '../errors.js';
import type { CacheConfig } from './cache-config.js';
import { ifNoneMatchMatches } from './if-none-match.js';
import { isCoveredRead, normaliseRequest, sparqlPostBody } from './request-key.js';
import { ResponseCache, type CachedResponse } from './response-cache.js';

export interface HttpCacheOptions {
  readonly config: CacheConfig;
  /**
   * Everything besides the request the bytes depend on (graph version, code version, engine
   * limits, public base URL), called once on first use; hashed into every entity tag.
   */
  readonly version: () => string;
  /** True when links are built from the request's Host (no public base URL configured). */
  readonly originInKey: boolean;
}

export interface HttpCache {
  readonly middleware: RequestHandler;
  readonly afterBody: RequestHandler;
  readonly responses: ResponseCache;
}

/** The cache's name in Cache-Status (RFC 9211 §2). */
export const CACHE_NAME = 'hrd-reprisals-kg';

/** Headers never stored: set per request by Node, CORS or this cache. */
const PER_REQUEST = /^(?:date|connection|keep-alive|content-length|transfer-encoding|cache-status|access-control-.*)$/u;

type Send = Response['send'];

/** Express's own res.send (from the response prototype app.response), bypassing any wrapper. */
const expressSend = (res: Response): Send => (Object.getPrototypeOf(res) as Response).send;

interface Pending {
  readonly key: string;
  readonly request: string;
  /** Header values before the handler ran, to store only what it set. */
  readonly before: Readonly<Record<string, unknown>>;
}

export function httpCache(options: HttpCacheOptions): HttpCache {
  const { config } = options;
  const responses = new ResponseCache(config.maxBytes, config.maxEntryBytes);
  const pending = new WeakMap<Response, Pending>();
  let version: string | undefined;
  const entityTag = (request: string, contentType: string): string => {
    version ??= options.version();
    const digest = createHash('sha256').update(version).update('\0').update(request).update('\0').update(contentType).digest('base64url');
    return `"${digest.slice(0, 27)}"`;
  };

  /** Looks the request up; replays a hit, or marks the response to be tagged and kept. */
  const serve = (req: Request, res: Response, next: (error?: unknown) => void, body?: unknown): void => {
    const normalised = normaliseRequest(req, options.originInKey, body);
    const key = `${normalised.request}\n${normalised.accept}`;
    const hit = responses.get(key);
    if (hit) {
      replay(req, res, hit);
      return;
    }
    pending.set(res, { key, request: normalised.request, before: { ...res.getHeaders() } });
    next();
  };

  const replay = (req: Request, res: Response, entry: CachedResponse): void => {
    res.status(200);
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value);
    res.setHeader('Cache-Status', `${CACHE_NAME}; hit`);
    answer(req, res, entry, expressSend(res));
  };

  /** Wraps res.send: tags and keeps covered 200s, marks errors no-store. Runs once per response. */
  const watch = (req: Request, res: Response): void => {
    const original = res.send;
    res.send = function (this: Response, body?: unknown) {
      // Objects come back through res.json as a string; handle them then.
      if (body !== null && body !== undefined && typeof body !== 'string' && !ArrayBuffer.isView(body)) return original.call(this, body);
      res.send = original;
      if (res.statusCode >= 400) {
        res.setHeader('Cache-Control', 'no-store');
        return original.call(this, body);
      }
      const waiting = pending.get(res);
      if (res.statusCode !== 200 || !waiting || (typeof body !== 'string' && !Buffer.isBuffer(body))) return original.call(this, body);
      const contentType = String(res.get('Content-Type') ?? (typeof body === 'string' ? 'text/html' : 'application/octet-stream'));
      res.setHeader('ETag', entityTag(waiting.request, contentType.toLowerCase().replace(/\s+/gu, '')));
      if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', `public, max-age=${config.maxAgeSeconds}`);
      const entry: CachedResponse = { etag: String(res.getHeader('ETag')), headers: handlerHeaders(res, waiting.before), body };
      // Kept once sent, with the headers as Express sent them (it adds the charset to a string's
      // Content-Type); not when this answer is a 304 or 412, which sends no Content-Type to keep.
      const keep = responses.fits(waiting.key, entry) && !ifNoneMatchMatches(req.get('If-None-Match'), entry.etag);
      res.setHeader('Cache-Status', `${CACHE_NAME}; ${responses.enabled ? `fwd=uri-miss${keep ? '; stored' : ''}` : 'fwd=bypass'}`);
      answer(req, res, entry, original);
      if (keep) responses.set(waiting.key, { ...entry, headers: handlerHeaders(res, waiting.before) });
      return res;
    } as Send;
  };

  return {
    responses,
    middleware: (req, res, next) => {
      watch(req, res);
      if (isCoveredRead(req)) serve(req, res, next);
      else next();
    },
    afterBody: (req, res, next) => serve(req, res, next, sparqlPostBody(req)),
  };
}

/** 200 with the body, or 304 (GET/HEAD) / 412 (other methods) when If-None-Match matches. */
function answer(req: Request, res: Response, entry: CachedResponse, send: Send): void {
  if (!ifNoneMatchMatches(req.get('If-None-Match'), entry.etag)) {
    send.call(res, entry.body);
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    // Express drops the body and Content-Type/Length of a 304; ETag, Cache-Control and Vary stay
    // (RFC 9110 §15.4.5).
    res.status(304);
    send.call(res, entry.body);
    return;
  }
  for (const name of [...Object.keys(entry.headers), 'Cache-Status']) res.removeHeader(name);
  res.setHeader('Cache-Control', 'no-store');
  const failed = new HttpError(
    412,
    'precondition_failed',
    `If-None-Match matches the current result (${entry.etag}), so this ${req.method} is not performed (RFC 9110 §13.1.2). Send it without If-None-Match, or as a GET to get 304 Not Modified.`,
  );
  errorMiddleware()(failed, req, res, () => undefined);
}

/**
 * Headers the handler added or changed since `before` (lower-case names), minus the per-request
 * ones; under the names as the handler spelled them, so a replay sends the same bytes.
 */
function handlerHeaders(res: Response, before: Readonly<Record<string, unknown>>): CachedResponse['headers'] {
  const out: Record<string, string | number | readonly string[]> = {};
  // OutgoingMessage#getRawHeaderNames (Node ≥ 15.13), missing from @types/node 20.
  const names = (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames();
  for (const name of names) {
    const lower = name.toLowerCase();
    const value = res.getHeader(name);
    if (value === undefined || PER_REQUEST.test(lower)) continue;
    if (before[lower] !== undefined && String(before[lower]) === String(value)) continue;
    out[name] = value;
  }
  return out;
}
