// The service's own address, for links in responses: the configured public base
// (PUBLIC_BASE_URL) when there is one, else the request's protocol and Host. The data's IRIs are
// never rewritten in RDF; only links meant to be followed on this server use it.
import type { Request } from 'express';

/** The public base, ending in "/". */
export function publicBase(req: Request, configured?: string): string {
  const base = configured ?? `${req.protocol}://${req.get('host') ?? 'localhost'}/`;
  return base.endsWith('/') ? base : `${base}/`;
}

/** Where this server publishes the JSON-LD context. */
export function publicContextUrl(req: Request, configured?: string): string {
  return `${publicBase(req, configured)}context.jsonld`;
}
