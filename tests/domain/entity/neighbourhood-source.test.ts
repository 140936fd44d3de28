// The per-request entity source: the IRI check that keeps client IRIs inside `<…>` (no query
// injection), and the cache (byte-bounded LRU keyed by graph version and IRI, concurrent reads
// shared, oversized neighbourhoods served but not kept). Reads go through the real embedded engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IRI } from '../../../src/config.js';
import { InvalidIriError, neighbourhoodQuery, sparqlIri } from '../../../src/domain/entity/neighbourhood-query.js';
import { NeighbourhoodSource, type ConstructReader } from '../../../src/domain/entity/neighbourhood-source.js';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';

const CAO = `${BASE_IRI}id/person/cao-shunli`;
const DETENTION = `${BASE_IRI}vocab/act-type/detention`;

describe('sparqlIri', () => {
  it('writes an IRI as an IRIREF', () => {
    expect(sparqlIri(CAO)).toBe(`<${CAO}>`);
    expect(sparqlIri('urn:isbn:0-486-27557-4')).toBe('<urn:isbn:0-486-27557-4>');
    expect(sparqlIri('http://example.org/caf%C3%A9?a=1&b=2#x')).toBe('<http://example.org/caf%C3%A9?a=1&b=2#x>');
  });

  it.each([
    ['>', `${CAO}> ?p ?o } #`],
    ['<', `${CAO}<`],
    ['"', `${CAO}"`],
    ['{', `${CAO}{`],
    ['}', `${CAO}}`],
    ['|', `${CAO}|x`],
    ['^', `${CAO}^x`],
    ['`', `${CAO}\``],
    ['\\', `${CAO}\\u003E`],
    ['U+0020', `${CAO} x`],
    ['U+000A', `${CAO}\n`],
    ['U+0000', `${CAO}\u0000`],
  ])('refuses %s', (shown, iri) => {
    expect(() => sparqlIri(iri)).toThrow(InvalidIriError);
    expect(() => sparqlIri(iri)).toThrow(shown.startsWith('U+') ? shown : `"${shown}"`);
  });

  it('refuses a relative IRI', () => {
    expect(() => sparqlIri('id/person/cao-shunli')).toThrow(/not an absolute IRI/u);
  });

  it('the query names the IRI only inside <…>', () => {
    const query = neighbourhoodQuery(CAO, 100);
    expect(query.split(CAO).length - 1).toBe(query.split(`<${CAO}>`).length - 1);
    expect(query.endsWith('LIMIT 100 }')).toBe(true);
  });
});

describe('NeighbourhoodSource', () => {
  let engine: EngineService;
  beforeAll(async () => {
    engine = await EngineService.start({ ...DEFAULT_ENGINE_CONFIG, federation: false }, () => undefined);
  }, 60_000);
  afterAll(() => engine.close());

  /** The engine, with a graph version the test sets. */
  const versioned = (version: { value: string }): ConstructReader => ({
    construct: (query) => engine.construct(query),
    info: () => ({ ...engine.info(), graphVersion: version.value }),
  });

  it('reads an entity once, shares concurrent reads, and reads again for a new graph version', async () => {
    const version = { value: 'v1' };
    const source = new NeighbourhoodSource(versioned(version));
    const [a, b] = await Promise.all([source.graphFor(CAO), source.graphFor(CAO)]);
    expect(a).toBe(b);
    expect(source.reads).toBe(1);
    expect(a.label(CAO, 'zh')).toBe('曹顺利');
    expect(await source.graphFor(CAO)).toBe(a);
    expect(source.reads).toBe(1);
    version.value = 'v2';
    const c = await source.graphFor(CAO);
    expect(c).not.toBe(a);
    expect(source.reads).toBe(2);
  });

  it('holds at most its byte budget, and does not keep a neighbourhood larger than a quarter of it', async () => {
    const source = new NeighbourhoodSource(versioned({ value: 'v' }), { maxBytes: 400_000 });
    const big = await source.graphFor(DETENTION);
    expect(big.store.size).toBeGreaterThan(300); // about 200 bytes a triple and more: over 100 kB
    expect(source.cached.entries).toBe(0);
    await source.graphFor(DETENTION);
    expect(source.reads).toBe(2);
    await source.graphFor(CAO);
    expect(source.cached.bytes).toBeLessThanOrEqual(400_000);
  });

  it('reports a neighbourhood cut at the row cap', async () => {
    const cut: string[] = [];
    const capped: ConstructReader = { construct: (q) => engine.construct(q), info: () => ({ maxRows: 50 }) };
    const source = new NeighbourhoodSource(capped, { onTruncated: (iri) => cut.push(iri) });
    expect((await source.graphFor(CAO)).store.size).toBe(50);
    expect(cut).toEqual([CAO]);
    expect(source.truncated).toBe(1);
  });

  it('refuses an IRI that cannot be put in a query before reading anything', () => {
    const source = new NeighbourhoodSource(versioned({ value: 'v' }));
    expect(() => source.graphFor(`${CAO}> ?p ?o }`)).toThrow(InvalidIriError);
    expect(source.reads).toBe(0);
  });
});
