import { describe, expect, it } from 'vitest';
import { EntityPathError, iriForPath, localHref } from '../../../src/domain/entity/entity-path.js';

describe('iriForPath', () => {
  it.each([
    ['/id/person/cao-shunli', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli'],
    ['/id/passage/10-40', 'https://w3id.org/hrd-reprisals/id/passage/10-40'],
    ['/vocab/act-type/detention', 'https://w3id.org/hrd-reprisals/vocab/act-type/detention'],
    ['/vocab/act-type', 'https://w3id.org/hrd-reprisals/vocab/act-type'],
    ['/ontology', 'https://w3id.org/hrd-reprisals/ontology'],
  ])('%s → %s', (path, iri) => {
    expect(iriForPath(path)).toBe(iri);
  });

  it.each([
    ['/id/../etc/passwd', /dot segment/],
    ['/id/person/./x', /dot segment/],
    ['/id//person', /empty/],
    ['/id/person%2Fcao-shunli', /percent-encoded/],
    ['/id/%2e%2e/x', /percent-encoded/],
    ['/id/person/cao shunli', /outside/],
    ['/id/person/<script>', /outside/],
    ['/other/thing', /start with/],
    ['/id', /start with/],
  ])('refuses %s', (path, message) => {
    expect(() => iriForPath(path)).toThrow(message);
  });

  it('refuses overlong paths as too long (414)', () => {
    try {
      iriForPath(`/id/person/${'a'.repeat(600)}`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EntityPathError);
      expect((error as EntityPathError).tooLong).toBe(true);
    }
  });
});

describe('localHref', () => {
  it('rewrites the base to root-relative paths and keeps fragments and other IRIs', () => {
    expect(localHref('https://w3id.org/hrd-reprisals/id/person/x')).toBe('/id/person/x');
    expect(localHref('https://w3id.org/hrd-reprisals/ontology#Person')).toBe('/ontology#Person');
    expect(localHref('http://www.wikidata.org/entity/Q1')).toBe('http://www.wikidata.org/entity/Q1');
  });
});
