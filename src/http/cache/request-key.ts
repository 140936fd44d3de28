// Which requests the HTTP cache covers, and their normalised form. Pure apart from reading `req`.
// The normalised request holds exactly what a covered handler reads, so two requests with the
// same normalised form get the same bytes:
//   method      GET (HEAD is GET without the body: RFC 9110 §9.3.2 — same headers, same tag)
//   path        the raw path as sent (entity pages read it undecoded, to refuse path tricks)
//   parameters  the parsed query string, in request order (the API echoes that order in links)
//   body        POST /sparql: the parsed form fields, or the application/sparql-query text
//   origin      protocol and Host when no public base URL is configured (links use them); on
//               /reconcile also PUBLIC_BASE_URL and, with no configured base, TRUST_PROXY and
//               X-Forwarded-Proto/Host, which the reconciliation manifest reads (service-base.ts)
// Accept is kept apart: the cache key holds it as sent, the entity tag the media type chosen
// from it (ETag = hash(version, normalised request, chosen type)).
import type { Request } from 'express';

/** GET/HEAD paths whose 200 responses depend only on the request and the graph. */
const COVERED = [
  /^\/$/u,
  /^\/sparql$/u,
  /^\/(?:id|vocab)\//u,
  /^\/ontology$/u,
  /^\/api\//u,
  /^\/context\.jsonld$/u,
  /^\/openapi\.json$/u,
  /^\/reconcile(?:\/|$)/u,
];

/** True for a GET or HEAD the cache covers (POST /sparql is covered after its body is parsed). */
export function isCoveredRead(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && COVERED.some((pattern) => pattern.test(req.path));
}

export interface NormalisedRequest {
  /** JSON of [method, path, parameters, body?, origin?]. */
  readonly request: string;
  /** The Accept field, trimmed ('' when absent). */
  readonly accept: string;
}

export function normaliseRequest(req: Request, withOrigin: boolean, body?: unknown): NormalisedRequest {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const rawPath = req.originalUrl.split('?')[0] ?? '';
  const parts: unknown[] = [method, rawPath, req.query];
  if (body !== undefined) parts.push(body);
  if (withOrigin) parts.push(`${req.protocol}://${req.get('host') ?? ''}`);
  if (rawPath.startsWith('/reconcile')) {
    // The reconciliation manifest builds its URLs from these on every request (service-base.ts):
    // PUBLIC_BASE_URL first, then (no configured base) the forwarded headers under TRUST_PROXY.
    parts.push(process.env.PUBLIC_BASE_URL ?? '');
    if (withOrigin) parts.push(process.env.TRUST_PROXY ?? '', req.get('x-forwarded-proto') ?? '', req.get('x-forwarded-host') ?? '');
  }
  return { request: JSON.stringify(parts), accept: (req.get('Accept') ?? '').trim() };
}

/** The body of a parsed POST /sparql as the handler reads it: form fields or the query text. */
export function sparqlPostBody(req: Request): unknown {
  if (req.is('application/sparql-query')) return { direct: typeof req.body === 'string' ? req.body : '' };
  return { form: req.body && typeof req.body === 'object' ? req.body : {} };
}
