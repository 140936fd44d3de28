// Mapping between the graph's IRIs and the service's own paths, as Trifid does: the data's base
// (BASE_IRI) is served at the server's root, so /id/person/cao-shunli describes
// https://w3id.org/hrd-reprisals/id/person/cao-shunli on any host. The path is checked as the
// client sent it (still percent-encoded): slugs are plain ASCII, so anything encoded, any dot
// segment and any empty segment is a path trick and refused before it reaches the graph.
import { BASE_IRI } from '../../config.js';

/** Longest entity path accepted (RFC 9110 §15.5.15: 414 URI Too Long beyond it). */
export const MAX_ENTITY_PATH_LENGTH = 512;

/** Path prefixes (below the base) whose IRIs the service dereferences. */
export const ENTITY_PREFIXES = ['id/', 'vocab/', 'ontology'] as const;

/** A request path that cannot name an entity; `tooLong` distinguishes 414 from 400. */
export class EntityPathError extends Error {
  override readonly name = 'EntityPathError';
  constructor(
    message: string,
    readonly tooLong = false,
  ) {
    super(message);
  }
}

/** An entity IRI the graph does not hold (404). */
export class UnknownEntityError extends Error {
  override readonly name = 'UnknownEntityError';
  constructor(readonly iri: string) {
    super(`No entity ${iri} in the graph. Entity IRIs look like ${BASE_IRI}id/person/{slug}; see /api/persons for a list.`);
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

/**
 * The IRI a raw request path (without query string, e.g. `/id/act/x`) stands for.
 * Throws EntityPathError for encoded characters, dot or empty segments, and overlong paths.
 */
export function iriForPath(rawPath: string): string {
  if (rawPath.length > MAX_ENTITY_PATH_LENGTH) {
    throw new EntityPathError(`Entity path is longer than ${MAX_ENTITY_PATH_LENGTH} characters.`, true);
  }
  if (!rawPath.startsWith('/')) throw new EntityPathError('Entity path must start with "/".');
  if (rawPath.includes('%')) {
    throw new EntityPathError('Entity paths contain no percent-encoded characters (encoded slashes and dots are refused).');
  }
  const segments = rawPath.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') {
      throw new EntityPathError('Entity path has an empty or dot segment ("//", "." or "..").');
    }
    if (!SEGMENT.test(segment)) {
      throw new EntityPathError(`Entity path segment "${segment}" has characters outside [A-Za-z0-9._~-].`);
    }
  }
  const local = segments.join('/');
  if (!ENTITY_PREFIXES.some((prefix) => local === prefix || (prefix.endsWith('/') && local.startsWith(prefix)))) {
    throw new EntityPathError('Entity paths start with /id/, /vocab/ or /ontology.');
  }
  return BASE_IRI + local;
}

/** True when the IRI lies below the data's base (and so has a local path). */
export function isLocalIri(iri: string): boolean {
  return iri.startsWith(BASE_IRI);
}

/**
 * The link for an IRI in a page served by this service: IRIs of the base become root-relative
 * paths (fragments kept, so ontology#Term links to the term's section); others are unchanged.
 */
export function localHref(iri: string): string {
  return isLocalIri(iri) ? `/${iri.slice(BASE_IRI.length)}` : iri;
}
