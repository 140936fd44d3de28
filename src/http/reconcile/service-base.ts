// The address a reconciliation client must call back (manifest URLs, preview links): a remote
// OpenRefine has to be sent to this server, not to its own localhost. Order:
//   1. PUBLIC_BASE_URL, when set (or the app's configured public base, AppOptions.publicBaseUrl):
//      the operator's word;
//   2. X-Forwarded-Proto / X-Forwarded-Host (first value each), only when TRUST_PROXY is 1, true,
//      yes or on — a reverse proxy in front sets them; from anyone else they could redirect a
//      client's calls, so they are ignored by default;
//   3. the request's own protocol and Host header.
// A forwarded value or Host that is not a plain host[:port] is ignored (no header injection into
// URLs). Read per request from the environment, so a test can set it; a few string operations.
import type { Request } from 'express';

const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/u;

export interface BaseSettings {
  readonly PUBLIC_BASE_URL?: string;
  readonly TRUST_PROXY?: string;
}

const first = (value: string | undefined): string | undefined => value?.split(',')[0]?.trim() || undefined;

export function trustsProxy(env: BaseSettings): boolean {
  return /^(?:1|true|yes|on)$/iu.test(env.TRUST_PROXY?.trim() ?? '');
}

/** The service's public base URL, ending in "/". */
export function serviceBase(req: Request, appBase?: string, env: BaseSettings = process.env): string {
  const configured = env.PUBLIC_BASE_URL?.trim() || appBase?.trim();
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  const trusted = trustsProxy(env);
  const forwardedProto = trusted ? first(req.get('x-forwarded-proto'))?.toLowerCase() : undefined;
  const forwardedHost = trusted ? first(req.get('x-forwarded-host')) : undefined;
  const proto = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : req.protocol;
  const host = [forwardedHost, req.get('host')].find((h) => h !== undefined && HOST.test(h)) ?? 'localhost';
  return `${proto}://${host}/`;
}
