// Typed HTTP errors and the one middleware that turns any thrown error into a response.
// Contract: domain and engine code throw these (they carry no Express dependency at run time);
// the middleware below is the only place that maps an error to a status and a body. A client's
// mistake is always a 4xx with a message saying what to fix; anything else is a 500 whose body
// never contains a stack trace or an internal message (RFC 9110 §15).
import type { ErrorRequestHandler } from 'express';
import Negotiator from 'negotiator';
import { renderErrorPage } from './views/error-view.js';
import { WholeGraphOffError } from '../domain/entity/whole-graph-off.js';

/** Base class: an error with an HTTP status, a stable machine-readable code and extra headers. */
export class HttpError extends Error {
  override readonly name: string = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** 400: malformed request or query; `line`/`column` locate a query syntax error when known. */
export class BadRequestError extends HttpError {
  override readonly name = 'BadRequestError';
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    code = 'bad_request',
  ) {
    super(400, code, message);
  }
}

/** 400 with code `malformed_query`: the SPARQL parser rejected the query (SPARQL 1.1 Protocol §2.1.4). */
export class MalformedQueryError extends BadRequestError {
  constructor(message: string, line?: number, column?: number) {
    super(message, line, column, 'malformed_query');
  }
}

/** 403: the request is understood but not allowed (e.g. a SERVICE endpoint outside the allowlist). */
export class ForbiddenError extends HttpError {
  override readonly name = 'ForbiddenError';
  constructor(message: string, code = 'forbidden') {
    super(403, code, message);
  }
}

/** 404: no such resource. */
export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError';
  constructor(message = 'Not found') {
    super(404, 'not_found', message);
  }
}

/** 405 with the `Allow` header listing what the resource supports (RFC 9110 §15.5.6). */
export class MethodNotAllowedError extends HttpError {
  override readonly name = 'MethodNotAllowedError';
  constructor(method: string, allowed: readonly string[]) {
    super(405, 'method_not_allowed', `Method ${method} is not allowed here; use ${allowed.join(', ')}.`, {
      Allow: allowed.join(', '),
    });
  }
}

/** 406: no representation matches Accept or `format=` (RFC 9110 §15.5.7). */
export class NotAcceptableError extends HttpError {
  override readonly name = 'NotAcceptableError';
  constructor(readonly supported: readonly string[], requested: string) {
    super(406, 'not_acceptable', `Cannot produce ${requested}; available: ${supported.join(', ')}.`);
  }
}

/** 413: request body or query text over the configured limit (RFC 9110 §15.5.14). */
export class PayloadTooLargeError extends HttpError {
  override readonly name = 'PayloadTooLargeError';
  constructor(message: string) {
    super(413, 'payload_too_large', message);
  }
}

/** 415: request body media type not accepted here (RFC 9110 §15.5.16). */
export class UnsupportedMediaTypeError extends HttpError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor(received: string, accepted: readonly string[]) {
    super(415, 'unsupported_media_type', `Content-Type ${received || '(none)'} is not accepted; use ${accepted.join(' or ')}.`);
  }
}

/** 503 with Retry-After: the query ran past its time limit and was stopped, or the pool is full. */
export class ServiceUnavailableError extends HttpError {
  override readonly name = 'ServiceUnavailableError';
  constructor(message: string, code = 'unavailable', retryAfterSeconds = 1) {
    super(503, code, message, { 'Retry-After': String(retryAfterSeconds) });
  }
}

/** 503 `query_timeout`: the query was terminated at its time limit; nothing else was affected. */
export class QueryTimeoutError extends ServiceUnavailableError {
  constructor(readonly limitMs: number) {
    super(
      `Query stopped: it ran past the time limit of ${limitMs} ms. Simplify it, add a LIMIT, or narrow its patterns.`,
      'query_timeout',
    );
  }
}

/** 502: a remote SPARQL endpoint (SERVICE) failed. */
export class BadGatewayError extends HttpError {
  override readonly name = 'BadGatewayError';
  constructor(message: string) {
    super(502, 'bad_gateway', message);
  }
}

const ERROR_TYPES = ['text/plain', 'application/json', 'text/html'] as const;

/** Maps errors thrown by body parsers (http-errors objects carrying `status`) to typed errors. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // A view needing the whole graph in front of a store past ENTITY_GRAPH_MAX_TRIPLES (create-engine.ts).
  if (error instanceof WholeGraphOffError) return new ServiceUnavailableError(error.message, 'whole_graph_off', 3600);
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown; message?: unknown };
  const status = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413) return new PayloadTooLargeError('Request body too large.');
  if (status === 415) {
    const { charset, encoding } = error as { charset?: unknown; encoding?: unknown };
    if (e.type === 'charset.unsupported') return new HttpError(415, 'unsupported_media_type', `Charset ${String(charset)} is not supported; send the body as UTF-8.`);
    if (e.type === 'encoding.unsupported') return new HttpError(415, 'unsupported_media_type', `Content-Encoding ${String(encoding)} is not supported; send the body uncompressed, or as gzip, deflate or br.`);
    return new UnsupportedMediaTypeError(String(e.type ?? ''), []);
  }
  if (status >= 400 && status < 500) {
    // Body-parser messages are written for clients (e.g. "request aborted", "invalid json").
    return new HttpError(status, 'bad_request', typeof e.message === 'string' ? e.message : 'Bad request');
  }
  return new HttpError(500, 'internal_error', 'Internal server error.');
}

/**
 * The single error middleware. Body format follows Accept: JSON `{ error: { status, code,
 * message, line?, column? } }`, a small HTML page, or plain text (the default). Unexpected errors
 * are logged here with their stack and answered as a bare 500.
 */
export function errorMiddleware(log: (message: string) => void = console.error): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const http = toHttpError(error);
    if (http.status >= 500 && !(error instanceof HttpError)) {
      log(`[error] ${req.method} ${req.originalUrl}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    const body = { status: http.status, code: http.code, message: http.message } as Record<string, unknown>;
    if (http instanceof BadRequestError && http.line !== undefined) {
      body.line = http.line;
      body.column = http.column;
    }
    res.status(http.status).set(http.headers);
    const type = new Negotiator(req).mediaType([...ERROR_TYPES]) ?? 'text/plain';
    if (type === 'application/json') {
      res.type('application/json').send(JSON.stringify({ error: body }));
    } else if (type === 'text/html') {
      res.type('text/html; charset=utf-8').send(renderErrorPage(http.status, http.message));
    } else {
      res.type('text/plain').send(`${http.status} ${http.code}: ${http.message}\n`);
    }
  };
}
