// HTTP Digest authentication (RFC 7616, MD5 and SHA-256, qop "auth") for stores that ask for it
// (Virtuoso's /sparql-auth). The challenge from a 401 is kept and reused with an increasing nonce
// count, so only the first request of a connection pool pays the extra round trip.
import { createHash, randomBytes } from 'node:crypto';

export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly qop?: string;
  readonly opaque?: string;
  readonly algorithm: string;
}

/** Parses a `WWW-Authenticate: Digest …` header; undefined when it is not a Digest challenge. */
export function parseDigestChallenge(header: string | undefined): DigestChallenge | undefined {
  if (!header || !/^\s*digest\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const m of header.replace(/^\s*digest\s+/i, '').matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|([^,\s]*))/g)) {
    params[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  }
  if (params.realm === undefined || params.nonce === undefined) return undefined;
  return { realm: params.realm, nonce: params.nonce, qop: params.qop, opaque: params.opaque, algorithm: params.algorithm ?? 'MD5' };
}

export class DigestSigner {
  private count = 0;

  constructor(
    private readonly challenge: DigestChallenge,
    private readonly user: string,
    private readonly password: string,
    /** Client nonce source; random by default (fixed only in tests against the RFC's example). */
    private readonly cnonce: () => string = () => randomBytes(8).toString('hex'),
  ) {}

  /** The Authorization header for one request. */
  authorization(method: string, uri: string): string {
    const { realm, nonce, qop, opaque, algorithm } = this.challenge;
    const hashName = /sha-256/i.test(algorithm) ? 'sha256' : 'md5';
    const h = (text: string) => createHash(hashName).update(text).digest('hex');
    const ha1 = h(`${this.user}:${realm}:${this.password}`);
    const ha2 = h(`${method}:${uri}`);
    const parts = [`username="${this.user}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`, `algorithm=${algorithm}`];
    if (qop && qop.split(',').map((s) => s.trim()).includes('auth')) {
      const nc = (++this.count).toString(16).padStart(8, '0');
      const cnonce = this.cnonce();
      parts.push(`qop=auth`, `nc=${nc}`, `cnonce="${cnonce}"`, `response="${h(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`);
    } else {
      parts.push(`response="${h(`${ha1}:${nonce}:${ha2}`)}"`);
    }
    if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
    return `Digest ${parts.join(', ')}`;
  }
}
