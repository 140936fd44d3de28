// The SPARQL built from a client's text past ENTITY_GRAPH_MAX_TRIPLES: literals that hold
// exactly the text whatever it contains (quotes, backslashes, line breaks, braces, CJK, a
// would-be injection), queries that a SPARQL parser (sparqljs) reads with exactly the structure
// intended, and the fragments a name is found by.
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { candidateQuery, classesBelow, nameFragments, recordQuery, MAX_FRAGMENTS } from '../../../src/domain/reconcile/candidate-query.js';
import { normaliseName } from '../../../src/domain/reconcile/name-similarity.js';
import { sparqlString } from '../../../src/domain/reconcile/sparql-literal.js';
import { DataFactory } from 'n3';

const parser = new sparqljs.Parser();

/** The literal values of a parsed query's expressions, depth first. */
function literals(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) literals(n, out);
  else if (node && typeof node === 'object') {
    const term = node as { termType?: string; value?: string };
    if (term.termType === 'Literal' && typeof term.value === 'string') out.push(term.value);
    else for (const value of Object.values(node)) literals(value, out);
  }
  return out;
}

const HOSTILE = [
  'Wang "Yu"',
  'back\\slash\\',
  'ends with a backslash \\',
  'line\nbreak\r\nand\ttab',
  '" } ; DROP ALL ; SELECT * { ?s ?p "',
  '\\" } INSERT DATA { <a> <b> <c> } #',
  "single ' quote and ''' triple",
  '{braces} and <angles> and #hash',
  '王宇 曹顺利 江天勇',
  'emoji 👩🏽‍⚖️ and ＦＵＬＬ',
  'form\ffeed and \bbackspace',
];

describe('sparqlString', () => {
  it.each(HOSTILE)('holds %j exactly, as one literal a parser reads back', (text) => {
    const query = `SELECT ?x WHERE { BIND(${sparqlString(text)} AS ?x) }`;
    const parsed = parser.parse(query);
    expect(literals(parsed)).toEqual([text]);
  });

  it('escapes what would end the literal or break the line, and nothing else', () => {
    expect(sparqlString('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(sparqlString('王宇 {x}')).toBe('"王宇 {x}"');
  });

  it('drops control characters and unpaired surrogates, keeps paired ones', () => {
    expect(sparqlString('a\u0000b\u001Fc\u007F')).toBe('"abc"');
    expect(sparqlString('x\uD800y\uDC00z')).toBe('"xyz"');
    expect(sparqlString('𠀀')).toBe('"𠀀"');
  });
});

describe('nameFragments', () => {
  it.each([
    ['Cao Shunli', ['ca', 'ao', 'sh', 'hu', 'un', 'nl', 'li']],
    ['王宇', ['王宇']],
    ['王', ['王']],
    ['Li He', ['li', 'he']],
    ['a b', ['a', 'b']],
  ])('%s → %j', (name, fragments) => {
    expect(nameFragments(normaliseName(name))).toEqual(fragments);
  });

  it('never holds more than MAX_FRAGMENTS, nor anything but letters and digits of the normalised text', () => {
    for (const text of HOSTILE) {
      const fragments = nameFragments(normaliseName(text));
      expect(fragments.length).toBeLessThanOrEqual(MAX_FRAGMENTS);
      for (const f of fragments) expect(f).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    expect(nameFragments(normaliseName('abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz'))).toHaveLength(MAX_FRAGMENTS);
  });
});

describe('candidateQuery and recordQuery', () => {
  const CLASSES = ['https://w3id.org/hrd-reprisals/ontology#Person'];

  it.each(HOSTILE)('for fragments of raw text %j, one CONTAINS per fragment holding it exactly', (text) => {
    // Raw (unnormalised) fragments: the query must hold even text normaliseName would have cleaned.
    const fragments = [text, 'ab'];
    const query = candidateQuery(fragments, CLASSES, 100, ['https://w3id.org/hrd-reprisals/graph/data']);
    const parsed = parser.parse(query) as sparqljs.SelectQuery;
    expect(parsed.queryType).toBe('SELECT');
    expect(parsed.limit).toBe(100);
    expect(parsed.from?.default.map((g) => g.value)).toEqual(['https://w3id.org/hrd-reprisals/graph/data']);
    expect(query.match(/CONTAINS\(/gu)).toHaveLength(2);
    expect(literals(parsed)).toEqual(expect.arrayContaining([text.replace(/[\u0000-\u0007\u000B\u000E-\u001F\u007F]/gu, ''), 'ab']));
  });

  it('refuses no fragments, and IRIs that are not IRIs (no way out of <…>)', () => {
    expect(() => candidateQuery([], CLASSES, 10)).toThrow(/fragment/u);
    expect(() => recordQuery(['https://x.org/a> } DROP ALL { <b'])).toThrow(/IRI/u);
    expect(() => candidateQuery(['ab'], ['https://x.org/a b'], 10)).toThrow(/IRI/u);
  });

  it('recordQuery names each entity once in VALUES', () => {
    const parsed = parser.parse(recordQuery(['https://w3id.org/hrd-reprisals/id/person/cao-shunli', 'https://w3id.org/hrd-reprisals/id/person/wang-yu-lawyer'])) as sparqljs.ConstructQuery;
    expect(parsed.queryType).toBe('CONSTRUCT');
    expect(JSON.stringify(parsed)).toContain('person/wang-yu-lawyer');
  });
});

describe('classesBelow', () => {
  const { namedNode, quad } = DataFactory;
  const sub = (s: string, o: string) => quad(namedNode(`urn:${s}`), namedNode('http://www.w3.org/2000/01/rdf-schema#subClassOf'), namedNode(`urn:${o}`));
  it('follows subClassOf down from the roots, transitively, and nothing else', () => {
    const schema = [sub('b', 'a'), sub('c', 'b'), sub('d', 'x'), sub('a', 'top')];
    expect(classesBelow(schema, ['urn:a'])).toEqual(['urn:a', 'urn:b', 'urn:c']);
    expect(classesBelow([], ['urn:a'])).toEqual(['urn:a']);
  });
});
