// The HTTP client to the remote store: one undici Pool (keep-alive connections, at most
// `connections` at once, the rest queued inside undici), SPARQL 1.1 Protocol §2.1.2 queries by POST
// with a form body, optional Basic or Digest credentials, a hard deadline per request (the
// AbortController ends the upstream request; the store's own limit is passed as a hint by the
// caller), a cap on the response size, and the circuit breaker. It maps transport failures to
// typed HTTP errors; the status codes of the store's answers are mapped by store-errors.ts.
import { Pool } from 'undici';
import { BadGatewayError, QueryTimeoutError, ServiceUnavailableError } from '../../http/errors.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { DigestSigner, parseDigestChallenge } from './digest-auth.js';
import type { RemoteConfig } from './remote-config.js';

export interface StoreResponse {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** A response larger than the configured cap (SPARQL_BACKEND_MAX_BYTES). */
export class ResponseTooLargeError extends Error {}

export class SparqlClient {
  readonly breaker = new CircuitBreaker({ threshold: 3, cooldownMs: 5_000 });
  private readonly pool: Pool;
  private readonly url: URL;
  private digest?: DigestSigner;
  /** Requests sent or queued right now (for the queue limit and /health). */
  inFlight = 0;

  constructor(readonly config: RemoteConfig) {
    this.url = new URL(config.endpoint);
    this.pool = new Pool(this.url.origin, {
      connections: config.connections,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 600_000,
      connectTimeout: 5_000,
    });
  }

  get endpoint(): string {
    return this.config.endpoint;
  }

  /**
   * POSTs `form` to the endpoint. Resolves with any HTTP answer (the caller maps the status);
   * rejects with QueryTimeoutError at `timeoutMs`, BadGatewayError when the store cannot be
   * reached, ServiceUnavailableError when the circuit is open, ResponseTooLargeError past the cap.
   */
  async post(form: URLSearchParams, accept: string, timeoutMs: number): Promise<StoreResponse> {
    if (!this.breaker.allow()) {
      throw new ServiceUnavailableError(
        `The SPARQL store at ${this.endpoint} is not answering (${this.breaker.lastFailure ?? 'unreachable'}); requests are paused for a few seconds.`,
        'backend_unavailable',
        this.breaker.retryAfterSeconds || 5,
      );
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    this.inFlight += 1;
    try {
      let response = await this.send(form, accept, controller.signal);
      if (response.status === 401 && this.config.auth === 'digest' && this.config.user !== undefined) {
        const challenge = parseDigestChallenge(headerValue(response.headers['www-authenticate']));
        if (challenge) {
          this.digest = new DigestSigner(challenge, this.config.user, this.config.password ?? '');
          response = await this.send(form, accept, controller.signal);
        }
      }
      if (response.status === 503 || response.status === 502 || response.status === 504) {
        this.breaker.failed(`HTTP ${response.status}`);
      } else {
        this.breaker.succeeded();
      }
      return response;
    } catch (error) {
      if (controller.signal.aborted) {
        this.breaker.released();
        throw new QueryTimeoutError(timeoutMs);
      }
      if (error instanceof ResponseTooLargeError) {
        this.breaker.released();
        throw error;
      }
      const code = (error as { code?: string }).code ?? (error as Error).message;
      this.breaker.failed(code);
      throw new BadGatewayError(`The SPARQL store at ${this.endpoint} is unreachable (${code}).`);
    } finally {
      clearTimeout(timer);
      this.inFlight -= 1;
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private async send(form: URLSearchParams, accept: string, signal: AbortSignal): Promise<StoreResponse> {
    const path = this.url.pathname + this.url.search;
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept,
    };
    const { user, password } = this.config;
    if (this.digest) headers.authorization = this.digest.authorization('POST', path);
    else if (user !== undefined && this.config.auth === 'basic') {
      headers.authorization = `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}`;
    }
    const res = await this.pool.request({ path, method: 'POST', headers, body: form.toString(), signal });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += (chunk as Buffer).length;
      if (size > this.config.maxResponseBytes) {
        res.body.destroy();
        throw new ResponseTooLargeError(`larger than ${this.config.maxResponseBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    return {
      status: res.statusCode,
      contentType: (headerValue(res.headers['content-type']) ?? '').split(';')[0]!.trim().toLowerCase(),
      headers: res.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
  }
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
