// Maps a store's non-2xx answer to the service's typed errors, so a client never sees a store's
// raw error page or a stack trace: a query the store rejects → 400 with the store's own message
// (trimmed to its first lines), overload → 503 with Retry-After, a store-side timeout → 503
// query_timeout, refused credentials or any other failure → 502 naming the endpoint.
// Virtuoso puts an SQL state in its messages ("Virtuoso 37000 Error SP030: …"); 37000 is a syntax
// or compile error, 22xxx a data exception, S1T00 / SR171 a timeout.
import {
  BadGatewayError,
  BadRequestError,
  HttpError,
  MalformedQueryError,
  QueryTimeoutError,
  ServiceUnavailableError,
} from '../../http/errors.js';
import type { StoreResponse } from './sparql-client.js';

const MAX_MESSAGE = 600;

/** The store's message without HTML, the echoed query or long tails. */
export function storeMessage(body: string): string {
  const text = body
    .replace(/<[^>]*>/g, ' ')
    .split(/\n\s*\nSPARQL query:/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text || '(no message)';
}

export function storeError(response: StoreResponse, endpoint: string, timeoutMs: number): HttpError {
  const message = storeMessage(response.body);
  const state = /\b(37000|22\d{3}|42\d{3}|S1T00|SR171|S1TAT)\b/.exec(response.body)?.[1];
  if (state === 'S1T00' || state === 'SR171' || state === 'S1TAT' || /timed? ?out/i.test(message)) {
    return new QueryTimeoutError(timeoutMs);
  }
  if (response.status === 429 || response.status === 503) {
    const retry = Number(response.headers['retry-after']);
    return new ServiceUnavailableError(
      `The SPARQL store at ${endpoint} is overloaded; try again shortly.`,
      'backend_overloaded',
      Number.isInteger(retry) && retry > 0 ? retry : 2,
    );
  }
  if (response.status === 401 || response.status === 403) {
    return new BadGatewayError(`The SPARQL store at ${endpoint} refused the service's credentials (HTTP ${response.status}).`);
  }
  if (state === '37000' || (response.status === 400 && /syntax|pars|lexical|expect/i.test(message))) {
    return new MalformedQueryError(`The SPARQL store rejected the query: ${message}`);
  }
  if (response.status === 400 || (state !== undefined && /^(22|42)/.test(state))) {
    return new BadRequestError(`The SPARQL store could not evaluate the query: ${message}`, undefined, undefined, 'query_failed');
  }
  return new BadGatewayError(`The SPARQL store at ${endpoint} failed (HTTP ${response.status}): ${message}`);
}
