// Which remote SPARQL endpoints a SERVICE clause may reach, and a fetch that enforces it.
// Two checks: the endpoint IRI must be on the allowlist (exact match, query string ignored), and
// unless explicitly configured (SERVICE_ALLOW_PRIVATE) its host must not be or resolve to a
// loopback, private, link-local or unspecified address (SSRF defence; RFC 1918, RFC 4193, RFC 6890).
// Residual risk: DNS could change between our lookup and the connection (rebinding); the
// allowlist is the primary control.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface ServicePolicy {
  readonly allowlist: readonly string[];
  readonly allowPrivate: boolean;
}

const normalize = (iri: string) => {
  try {
    const url = new URL(iri);
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return iri;
  }
};

/** True when the endpoint IRI is on the allowlist. */
export function isAllowlisted(iri: string, policy: ServicePolicy): boolean {
  const wanted = normalize(iri);
  return policy.allowlist.some((allowed) => normalize(allowed) === wanted);
}

/** True for loopback, private, link-local, CGNAT, unique-local and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return (
      a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
    );
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe80');
}

/** Rejects with a message when the URL may not be fetched under the policy. */
export async function checkServiceUrl(url: string, policy: ServicePolicy): Promise<void> {
  if (!isAllowlisted(url, policy)) throw new Error(`SERVICE endpoint ${url} is not on the allowlist`);
  if (policy.allowPrivate) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) throw new Error(`SERVICE endpoint ${url} resolves to a private or loopback address`);
}

/** A fetch that only reaches allowlisted endpoints (given to Comunica for SERVICE and any other I/O). */
export function guardedFetch(policy: ServicePolicy): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    await checkServiceUrl(url, policy);
    return fetch(input, { ...init, redirect: 'error' });
  };
}
