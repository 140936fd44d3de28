// Reading the parameters of a SPARQL 1.1 Protocol query operation (§2.1) from a request: the
// URL query string (GET, and POST with a direct body) and the form body (POST url-encoded,
// §2.1.2). Pure apart from reading `req`; throws typed 4xx errors.
import type { Request } from 'express';
import { BadRequestError, ForbiddenError } from '../errors.js';

export interface ProtocolParams {
  /** Undefined when no query was sent (GET → service description). */
  readonly query?: string;
  readonly defaultGraphUris: string[];
  readonly namedGraphUris: string[];
  readonly format?: string;
  readonly timeoutMs?: number;
}

type Raw = Record<string, unknown>;

function values(source: Raw | undefined, name: string): string[] {
  const value = source?.[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string')) throw new BadRequestError(`Parameter ${name} must be text.`);
  return list as string[];
}

/** `directBody`: the query text of a POST with application/sparql-query (§2.1.3). */
export function protocolParams(req: Request, directBody?: string): ProtocolParams {
  const url = req.query as Raw;
  const form = req.is('application/x-www-form-urlencoded') && typeof req.body === 'object' ? (req.body as Raw) : undefined;
  const all = (name: string) => [...values(url, name), ...values(form, name)];

  if (all('update').length > 0) {
    throw new ForbiddenError('This service is read-only: the update operation is not available. Use the query parameter.', 'read_only');
  }
  const queries = all('query');
  if (directBody !== undefined) {
    if (queries.length > 0) throw new BadRequestError('Send the query either in the body or as a parameter, not both.');
    queries.push(directBody);
  }
  if (queries.length > 1) throw new BadRequestError(`Exactly one query is allowed per request; got ${queries.length}.`);

  const formats = all('format');
  if (formats.length > 1) throw new BadRequestError('Give at most one format parameter.');
  const timeouts = all('timeout');
  if (timeouts.length > 1) throw new BadRequestError('Give at most one timeout parameter.');
  let timeoutMs: number | undefined;
  if (timeouts[0] !== undefined) {
    timeoutMs = Number(timeouts[0]);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
      throw new BadRequestError(`timeout must be a positive whole number of milliseconds; got "${timeouts[0]}".`);
    }
  }
  const iris = (name: string) => {
    const list = all(name);
    for (const iri of list) {
      if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(iri)) throw new BadRequestError(`${name} must be an absolute IRI; got "${iri}".`);
    }
    return list;
  };
  return {
    query: queries[0],
    defaultGraphUris: iris('default-graph-uri'),
    namedGraphUris: iris('named-graph-uri'),
    format: formats[0],
    timeoutMs,
  };
}
