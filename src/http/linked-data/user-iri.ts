// Which IRI of a user's data (`kg serve --data --base B`) a request names, and links in its pages.
// The rule is Trifid's (datasetBaseUrl): the base is served at the server's root, so GET /P
// describes the IRI `B + P`, P taken as the client sent it (still percent-encoded, as IRIs in
// data are), then, if the data holds no such IRI, with its non-reserved escapes decoded (RFC 3987
// §3.2: a data IRI may hold "é" where the request line must send "%C3%A9"). Any IRI, under the
// base or not, is also reachable as /resource?iri=<IRI>, the only way when no base is given: a
// base guessed from the data's most common prefix would silently publish the wrong paths, so the
// service never guesses (Fuseki has no dereferencing at all; Trifid requires the base).
// Lookups are exact string matches in the data and never touch the file system; dot segments
// ("..", "%2e%2e") are still refused (400), since no client or proxy keeps them in a URL.
import { escapeHtml } from '../views/html.js';

/** Longest path or IRI looked up (RFC 9110 §15.5.15: 414 past it). */
export const MAX_USER_IRI_LENGTH = 4096;

/** A request that cannot name an IRI of the data; `tooLong` distinguishes 414 from 400. */
export class UserIriError extends Error {
  override readonly name = 'UserIriError';
  constructor(
    message: string,
    readonly tooLong = false,
  ) {
    super(message);
  }
}

/** The base given with --base: an absolute http(s) IRI (a usage error otherwise), with "/" or "#" kept as given. */
export function checkBaseIri(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UserIriError(`--base must be an absolute IRI such as https://example.org/, not "${base}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserIriError(`--base must be an http or https IRI (its paths are served over HTTP), not "${base}"`);
  }
  if (/[?#\s]/u.test(base)) {
    throw new UserIriError(`--base must end in a path (no query, fragment or spaces), not "${base}"`);
  }
  return base;
}

/** The candidate IRIs a raw request path (no query string) names under `base`, most literal first. */
export function iriCandidates(rawPath: string, base: string): string[] {
  if (rawPath.length > MAX_USER_IRI_LENGTH) throw new UserIriError(`Path is longer than ${MAX_USER_IRI_LENGTH} characters.`, true);
  let decoded: string;
  try {
    decoded = decodeURI(rawPath);
  } catch {
    throw new UserIriError('Path has a malformed percent-encoding.');
  }
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new UserIriError('Path has a dot segment ("." or "..", encoded or not).');
  }
  const local = rawPath.replace(/^\//u, '');
  const candidates = [base + local];
  const decodedLocal = decoded.replace(/^\//u, '');
  if (decodedLocal !== local) candidates.push(base + decodedLocal);
  return candidates;
}

/** The `iri` query parameter of /resource: one absolute IRI. */
export function resourceIri(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UserIriError('Give the IRI to describe once, as ?iri=<absolute IRI>.');
  if (value.length > MAX_USER_IRI_LENGTH) throw new UserIriError(`IRI is longer than ${MAX_USER_IRI_LENGTH} characters.`, true);
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/u.test(value)) throw new UserIriError(`"${value}" is not an absolute IRI (it needs a scheme such as https:).`);
  return value;
}

/** Where this service describes `iri`: its path under the base, else /resource?iri=… */
export function userHref(iri: string, base: string | undefined): string {
  if (base !== undefined && iri.startsWith(base) && iri.length > base.length) {
    const local = iri.slice(base.length);
    if (!local.startsWith('/') && !local.includes('#')) return `/${local}`;
  }
  return `/resource?iri=${encodeURIComponent(iri)}`;
}

/**
 * An entity page's links made local, as Trifid's `rewrite` does: every href naming an IRI the data
 * holds points at this service's description of it (userHref); other links are left alone.
 */
export function localLinks(page: string, has: (iri: string) => boolean, base: string | undefined): string {
  return page.replace(/href="([^"]*)"/gu, (whole, escaped: string) => {
    const href = unescapeAttribute(escaped);
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:/u.test(href)) return whole;
    if (has(href)) return `href="${escapeHtml(userHref(href, base))}"`;
    // A link to a representation (`…?format=ttl`) or a part (`…#x`) of an IRI of the data.
    const cut = href.search(/[?#]/u);
    if (cut < 0 || !has(href.slice(0, cut))) return whole;
    const local = userHref(href.slice(0, cut), base);
    const suffix = href.slice(cut);
    const joined = suffix.startsWith('?') && local.includes('?') ? `${local}&${suffix.slice(1)}` : local + suffix;
    return `href="${escapeHtml(joined)}"`;
  });
}

/** Undoes escapeHtml (numeric references) and the named ones a template may write. */
function unescapeAttribute(text: string): string {
  const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#\d+|[a-z]+);/gu, (whole, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? whole),
  );
}
