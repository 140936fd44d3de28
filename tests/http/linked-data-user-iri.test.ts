// src/http/linked-data/user-iri.ts: the base check, the request path → IRI rule for a user's
// data (Trifid's datasetBaseUrl), /resource's iri parameter, and the local links of its pages.
import { describe, expect, it } from 'vitest';
import { checkBaseIri, iriCandidates, localLinks, resourceIri, userHref, UserIriError } from '../../src/http/linked-data/user-iri.js';

const B = 'http://example.org/data/';

describe('checkBaseIri', () => {
  it.each(['http://example.org/', 'https://example.org/data/', 'https://example.org/x/', 'http://example.org/ns-'])('%s is accepted as given', (base) => {
    expect(checkBaseIri(base)).toBe(base);
  });

  it.each([
    ['example.org/', /absolute IRI/u],
    ['/data/', /absolute IRI/u],
    ['urn:x:', /http or https/u],
    ['file:///tmp/', /http or https/u],
    ['https://example.org/?a=1', /no query, fragment or spaces/u],
    ['https://example.org/#', /no query, fragment or spaces/u],
    ['https://example.org/a b/', /no query, fragment or spaces/u],
  ])('%s is refused: %s', (base, message) => {
    expect(() => checkBaseIri(base)).toThrow(UserIriError);
    expect(() => checkBaseIri(base)).toThrow(message);
  });
});

describe('iriCandidates', () => {
  it.each([
    ['/alice', [`${B}alice`]],
    ['/people/alice', [`${B}people/alice`]],
    ['/Jos%C3%A9', [`${B}Jos%C3%A9`, `${B}José`]],
    // Reserved characters stay encoded in the decoded form (decodeURI): %2F is not a slash.
    ['/a%2Fb', [`${B}a%2Fb`]],
    ['/', [B]],
  ])('%s → %j', (requestPath, expected) => {
    expect(iriCandidates(requestPath, B)).toEqual(expected);
  });

  it.each(['/a/../b', '/a/./b', '/a/%2e%2e/b', '/a/%2E/b', '/..'])('%s: a dot segment is refused', (requestPath) => {
    expect(() => iriCandidates(requestPath, B)).toThrow('dot segment');
  });

  it('malformed percent-encoding and overlong paths are refused (the latter as too long)', () => {
    expect(() => iriCandidates('/a%ZZ', B)).toThrow('malformed');
    let error: unknown;
    try {
      iriCandidates(`/${'a'.repeat(5000)}`, B);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserIriError);
    expect((error as UserIriError).tooLong).toBe(true);
  });
});

describe('resourceIri', () => {
  it('takes one absolute IRI', () => {
    expect(resourceIri('urn:isbn:123')).toBe('urn:isbn:123');
    expect(() => resourceIri('alice')).toThrow('not an absolute IRI');
    expect(() => resourceIri(['http://a/', 'http://b/'])).toThrow('once');
    expect(() => resourceIri(undefined)).toThrow('once');
  });
});

describe('userHref and localLinks', () => {
  it('an IRI under the base gets its path, any other /resource?iri=', () => {
    expect(userHref(`${B}people/alice`, B)).toBe('/people/alice');
    expect(userHref(`${B}people/alice`, undefined)).toBe(`/resource?iri=${encodeURIComponent(`${B}people/alice`)}`);
    expect(userHref('http://other.org/x', B)).toBe('/resource?iri=http%3A%2F%2Fother.org%2Fx');
    expect(userHref(`${B}a#me`, B)).toBe(`/resource?iri=${encodeURIComponent(`${B}a#me`)}`);
    expect(userHref(B, B)).toBe(`/resource?iri=${encodeURIComponent(B)}`);
  });

  it('rewrites links to IRIs of the data, their representations and parts; leaves the rest', () => {
    const has = (iri: string) => [`${B}alice`, `${B}bob`, 'http://other.org/x'].includes(iri);
    const page = [
      `<a href="${B}bob">`,
      `<a href="${B}alice?format=ttl&#38;view=text">`,
      '<a href="http://other.org/x?format=nt">',
      `<a href="${B}knows">`,
      '<a href="/sparql">',
      `<a href="${B}bob#section">`,
    ].join('');
    expect(localLinks(page, has, B)).toBe(
      [
        '<a href="/bob">',
        '<a href="/alice?format=ttl&#38;view=text">',
        '<a href="/resource?iri=http%3A%2F%2Fother.org%2Fx&#38;format=nt">',
        `<a href="${B}knows">`,
        '<a href="/sparql">',
        '<a href="/bob#section">',
      ].join(''),
    );
  });
});
