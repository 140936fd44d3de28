// Reconciliation against the real graph: names in English and Chinese, aliases, type filters,
// and `match: true` only for one unambiguous exact name. Plus a two-Wang-Yu fixture graph.
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { extendData } from '../../../src/domain/reconcile/extend-data.js';
import { reconcile, ReconcileInputError } from '../../../src/domain/reconcile/match-query.js';
import { normaliseName } from '../../../src/domain/reconcile/name-similarity.js';
import { buildReconcileIndex } from '../../../src/domain/reconcile/reconcile-index.js';
import { suggestEntities, suggestProperties, suggestTypes } from '../../../src/domain/reconcile/suggest.js';
import { graphFiles } from '../../../src/store/graph-files.js';
import { loadGraph } from '../../../src/store/load-graph.js';

const index = buildReconcileIndex(loadGraph().store);
const top = (query: string, type?: string) => reconcile(index, { query, ...(type ? { type } : {}) })[0];

describe('normaliseName', () => {
  it.each([
    ['  Wang   YU ', 'wang yu'],
    ['Wang Yu (lawyer)', 'wang yu lawyer'],
    ['王 宇', '王宇'],
    ['ＣＡＴ', 'cat'],
    ['People’s Republic of China', 'peoples republic of china'],
    ['The Global Times', 'global times'],
  ])('%j → %j', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('reconcile on the graph', () => {
  it.each([
    ['王宇', 'person/wang-yu-lawyer', undefined],
    ['Wang Yu', 'person/wang-yu-lawyer', 'Person'],
    ['wang yu', 'person/wang-yu-lawyer', undefined],
    ['曹顺利', 'person/cao-shunli', 'Person'],
    ['Cao Shunli', 'person/cao-shunli', undefined],
    ['王峭嶺', 'person/wang-qiaoling', undefined],
    ['CAT', 'un/cat', 'UNEntity'],
    ['Committee against Torture', 'un/cat', undefined],
    ['UNPO', 'organisation/unpo', 'Organisation'],
    ['Geneva', 'place/geneva', 'Place'],
    ['Dolkun Isa', 'person/dolkun-isa', undefined],
  ])('%s → %s, match', (query, id, type) => {
    const candidate = top(query, type);
    expect(candidate?.id).toBe(id);
    expect(candidate?.score).toBe(100);
    expect(candidate?.match).toBe(true);
  });

  it.each([
    ['Wang', 'several persons named Wang'],
    ['Yu Wang', 'reordered name'],
    ['王', 'one character'],
    ['Li He', 'partial name'],
    ['Wang Yu lawyer', 'more words than the name'],
    ['Committee', 'partial UN body name'],
  ])('%s (%s) is never match: true', (query) => {
    const candidates = reconcile(index, { query });
    expect(candidates.every((c) => !c.match)).toBe(true);
  });

  it('a reordered name is still the best candidate, below 100', () => {
    const candidate = top('Yu Wang');
    expect(candidate?.id).toBe('person/wang-yu-lawyer');
    expect(candidate?.score).toBeLessThan(100);
  });

  it('ranks partial matches and honours limit', () => {
    const candidates = reconcile(index, { query: 'Wang', type: 'Person', limit: 3 });
    expect(candidates).toHaveLength(3);
    expect(candidates.every((c) => c.id.startsWith('person/wang-'))).toBe(true);
  });

  it('a type filter excludes other types', () => {
    expect(reconcile(index, { query: 'CAT', type: 'Place' })).toEqual([]);
    expect(reconcile(index, { query: 'Beijing', type: 'Person' }).every((c) => c.id.startsWith('person/'))).toBe(true);
  });

  it('a contradicted property constraint removes the match', () => {
    const ok = reconcile(index, { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: { id: 'place/germany' } }] })[0];
    expect(ok?.match).toBe(true);
    const contradicted = reconcile(index, { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: 'Ireland' }] })[0];
    expect(contradicted?.match).toBe(false);
    expect(contradicted?.score).toBeLessThan(100);
  });

  it.each([
    [{ query: '' }, 'non-empty'],
    [{ query: 'x', type: 'Planet' }, 'Unknown type'],
    [{ query: 'x', limit: 0 }, 'limit'],
    [{ query: 'x', properties: [{ pid: 'shoe_size', v: 1 }] }, 'Unknown property'],
  ])('rejects %j', (query, message) => {
    expect(() => reconcile(index, query as never)).toThrow(ReconcileInputError);
    expect(() => reconcile(index, query as never)).toThrow(message);
  });
});

describe('two entities with the same name', () => {
  const ttl = `@prefix rep: <https://w3id.org/hrd-reprisals/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <https://w3id.org/hrd-reprisals/id/person/wang-yu-a> a rep:Person ; rdfs:label "Wang Yu"@en , "王宇"@zh .
    <https://w3id.org/hrd-reprisals/id/person/wang-yu-b> a rep:Person ; rdfs:label "Wang Yu"@en , "王玉"@zh .`;
  const ontology = graphFiles().filter((f) => f.part === 'ontology');
  const store = new Store([...loadGraph(ontology).store.getQuads(null, null, null, null), ...new Parser().parse(ttl)]);
  const twins = buildReconcileIndex(store);

  it('"Wang Yu" gives both at 100 and no match', () => {
    const candidates = reconcile(twins, { query: 'Wang Yu' });
    expect(candidates.map((c) => [c.id, c.score, c.match])).toEqual([
      ['person/wang-yu-a', 100, false],
      ['person/wang-yu-b', 100, false],
    ]);
  });

  it('the Chinese name tells them apart', () => {
    expect(reconcile(twins, { query: '王宇' })[0]).toMatchObject({ id: 'person/wang-yu-a', match: true });
  });
});

describe('data extension', () => {
  it('pulls back charges, detention dates, sentence and links', () => {
    const { meta, rows } = extendData(index, {
      ids: ['person/wang-quanzhang', 'person/qin-yongmin', 'place/beijing', 'person/nobody'],
      properties: [{ id: 'charge' }, { id: 'detention_start' }, { id: 'prison_term' }, { id: 'wikidata' }, { id: 'wikipedia' }],
    });
    expect(meta.map((m) => m.id)).toEqual(['charge', 'detention_start', 'prison_term', 'wikidata', 'wikipedia']);
    expect(rows['person/wang-quanzhang']?.charge).toContainEqual({ str: 'subversion of state power' });
    expect(rows['person/wang-quanzhang']?.detention_start?.length).toBeGreaterThan(0);
    expect(rows['person/qin-yongmin']?.prison_term).toEqual([{ str: 'P13Y' }]);
    expect(rows['person/qin-yongmin']?.wikipedia).toEqual([{ str: 'https://en.wikipedia.org/wiki/Qin_Yongmin' }]);
    expect(rows['place/beijing']?.wikidata).toEqual([{ str: 'Q956' }]);
    expect(rows['place/beijing']?.charge).toEqual([]);
    expect(rows['person/nobody']).toEqual({ charge: [], detention_start: [], prison_term: [], wikidata: [], wikipedia: [] });
  });

  it('refuses an unknown property', () => {
    expect(() => extendData(index, { ids: [], properties: [{ id: 'nope' }] })).toThrow(ReconcileInputError);
  });
});

describe('suggest', () => {
  it('entities by any word prefix, in both scripts', () => {
    expect(suggestEntities(index, 'quanz').map((s) => s.id)).toEqual(['person/wang-quanzhang']);
    expect(suggestEntities(index, '王全').map((s) => s.id)).toEqual(['person/wang-quanzhang']);
    expect(suggestEntities(index, 'gen', 'Place').map((s) => s.id)).toEqual(['place/geneva']);
  });
  it('types and properties', () => {
    expect(suggestTypes('pers').map((t) => t.id)).toEqual(['Person']);
    expect(suggestProperties('char').map((p) => p.id)).toEqual(['charge']);
  });
});
