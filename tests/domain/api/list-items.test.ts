import { describe, expect, it } from 'vitest';
import { listItems } from '../../../src/domain/api/list-items.js';
import { InvalidListQueryError, parseListQuery } from '../../../src/domain/api/list-query.js';
import type { ResourceKind } from '../../../src/domain/api/resource-graph.js';
import { ID, sampleGraph } from '../fixtures/sample-graph.js';

const graph = sampleGraph();
const list = (kind: ResourceKind, params: Record<string, string>) => listItems(graph, parseListQuery(graph, kind, params));

describe('listItems', () => {
  it.each<[ResourceKind, Record<string, string>, string[]]>([
    ['acts', {}, ['act/cao-detained-2013', 'act/jiang-travel-ban', 'act/jiang-disappeared-2016']],
    // detention is broader than criminal-detention (skos:broader).
    ['acts', { type: 'detention' }, ['act/cao-detained-2013']],
    ['acts', { type: 'deprivation-of-liberty' }, ['act/cao-detained-2013', 'act/jiang-disappeared-2016']],
    ['acts', { from: '2015', to: '2015' }, ['act/jiang-travel-ban']],
    ['acts', { from: '2016' }, ['act/jiang-travel-ban', 'act/jiang-disappeared-2016']],
    ['acts', { to: '2013' }, ['act/cao-detained-2013']],
    ['acts', { charge: 'picking-quarrels-and-provoking-trouble' }, ['act/cao-detained-2013']],
    ['acts', { place: 'changsha' }, ['act/jiang-disappeared-2016']],
    ['acts', { unBody: 'hrc' }, ['act/cao-detained-2013']],
    ['persons', {}, ['person/cao-shunli', 'person/jiang-tianyong']],
    ['persons', { role: 'lawyer' }, ['person/jiang-tianyong']],
    ['persons', { type: 'travel-ban' }, ['person/jiang-tianyong']],
    ['persons', { from: '2013', to: '2013' }, ['person/cao-shunli']],
    ['persons', { unBody: 'hrc' }, ['person/cao-shunli']],
    ['organisations', {}, ['organisation/beijing-police', 'organisation/chrd']],
    ['organisations', { type: 'NGO' }, ['organisation/chrd']],
    ['organisations', { place: 'beijing' }, ['organisation/beijing-police']],
    ['organisations', { type: 'StateOrgan', from: '2016' }, ['organisation/beijing-police']],
    ['un-bodies', {}, ['un/cat', 'un/hrc']],
    ['un-bodies', { type: 'TreatyBody' }, ['un/cat']],
  ])('%s %j', (kind, params, expected) => {
    expect(list(kind, params)).toEqual(expected.map(ID));
  });
});

describe('parseListQuery', () => {
  it.each<[ResourceKind, Record<string, unknown>, RegExp]>([
    ['acts', { type: 'beating' }, /Unknown type "beating"; use one of: .*detention/],
    ['acts', { from: '15' }, /"from" must be a year/],
    ['acts', { from: '2016', to: '2015' }, /after "to"/],
    ['acts', { limit: '0' }, /"limit" must be a whole number from 1 to 100/],
    ['acts', { limit: '101' }, /from 1 to 100/],
    ['acts', { offset: '-1' }, /"offset"/],
    ['acts', { role: 'lawyer' }, /Unknown parameter "role"/],
    ['acts', { charge: 'x' }, /Unknown charge "x"/],
    ['acts', { place: 'atlantis' }, /Unknown place "atlantis"/],
    ['acts', { unBody: 'nato' }, /Unknown unBody "nato"/],
    ['acts', { type: ['a', 'b'] }, /once/],
    ['organisations', { type: 'Person' }, /use one of: Organisation, NGO, StateOrgan, State/],
  ])('%s %j is refused', (kind, params, message) => {
    expect(() => parseListQuery(graph, kind, params)).toThrow(InvalidListQueryError);
    expect(() => parseListQuery(graph, kind, params)).toThrow(message);
  });

  it('applies defaults and accepts full IRIs', () => {
    const query = parseListQuery(graph, 'acts', { type: 'https://w3id.org/hrd-reprisals/vocab/act-type/detention' });
    expect(query).toEqual({
      kind: 'acts',
      limit: 20,
      offset: 0,
      actType: 'https://w3id.org/hrd-reprisals/vocab/act-type/detention',
    });
  });
});
