// The acts' candidate and record queries of the search past ENTITY_GRAPH_MAX_TRIPLES: a parser
// (sparqljs) reads them with the structure intended, whatever the words hold, and the fragments
// a word is found by.
import sparqljs from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { actCandidateQuery, actRecordQuery, MAX_ACT_WORDS, wordFragments } from '../../../src/domain/search/act-candidate-query.js';

const parser = new sparqljs.Parser();

describe('wordFragments', () => {
  it.each([
    ['of', ['of']],
    ['cao', ['cao']],
    ['deta', ['det']],
    ['detained', ['det', 'eta', 'tai', 'ain', 'ine', 'ned']],
    ['王宇曹顺利', ['王宇曹', '宇曹顺', '曹顺利']],
  ])('%s → %j', (word, fragments) => {
    expect(wordFragments(word)).toEqual(fragments);
  });
});

describe('actCandidateQuery', () => {
  it.each(['detained airport', 'x" } DROP ALL { "', 'back\\slash', 'line\nbreak', '{王宇} <a> #b'])('keeps %j inside literals: one mark per word, one HAVING', (text) => {
    const words = text.split(' ');
    const query = actCandidateQuery(words, 100, ['https://w3id.org/hrd-reprisals/graph/data']);
    const parsed = parser.parse(query) as sparqljs.SelectQuery;
    expect(parsed.queryType).toBe('SELECT');
    expect(parsed.limit).toBe(100);
    expect(parsed.having).toHaveLength(1);
    expect(query.match(/AS \?w\d+\)/gu)).toHaveLength(words.length);
  });

  it('sends at most MAX_ACT_WORDS words and refuses none', () => {
    const query = actCandidateQuery(Array.from({ length: 20 }, (_v, i) => `word${i}`), 10);
    expect(query.match(/AS \?w\d+\)/gu)).toHaveLength(MAX_ACT_WORDS);
    expect(() => actCandidateQuery([], 10)).toThrow(/word/u);
  });

  it('actRecordQuery refuses what is not an IRI', () => {
    expect((parser.parse(actRecordQuery(['https://w3id.org/hrd-reprisals/id/act/a'])) as sparqljs.ConstructQuery).queryType).toBe('CONSTRUCT');
    expect(() => actRecordQuery(['https://x.org/a> } DROP ALL { <b'])).toThrow(/IRI/u);
  });
});
