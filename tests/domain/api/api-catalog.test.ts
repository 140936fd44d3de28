import { describe, expect, it } from 'vitest';
import { ApiCatalog } from '../../../src/domain/api/api-catalog.js';
import { parseListQuery } from '../../../src/domain/api/list-query.js';
import { ID, sampleGraph } from '../fixtures/sample-graph.js';

const catalog = new ApiCatalog(sampleGraph());

describe('ApiCatalog', () => {
  it('frames an act into nested objects with short keys', async () => {
    const act = await catalog.item('acts', ID('act/cao-detained-2013'));
    expect(act).toMatchObject({
      id: ID('act/cao-detained-2013'),
      type: 'ReprisalAct',
      date: 'September 2013',
      earliest: '2013-09-01',
      latest: '2013-09-30',
      actType: [{ id: 'https://w3id.org/hrd-reprisals/vocab/act-type/criminal-detention', name: 'criminal detention' }],
      victim: [{ id: ID('person/cao-shunli'), type: 'Person', name: 'Cao Shunli', nameZh: '曹顺利' }],
      perpetrator: [{ id: ID('organisation/beijing-police'), name: 'Beijing police' }],
      place: { id: ID('place/beijing'), name: 'Beijing' },
      source: [{ id: ID('passage/10-40'), selector: { id: ID('passage/10-40#quote'), type: 'TextQuoteSelector', quote: 'Cao Shunli was detained in September 2013' } }],
    });
    expect(JSON.stringify(act)).not.toContain('_:');
  });

  it('nests a person’s acts in date order, with the person as a plain IRI inside them', async () => {
    const person = (await catalog.item('persons', ID('person/jiang-tianyong')))!;
    const acts = person['victimOf'] as Array<Record<string, unknown>>;
    expect(acts.map((a) => a['id'])).toEqual([ID('act/jiang-travel-ban'), ID('act/jiang-disappeared-2016')]);
    expect(acts[0]!['victim']).toEqual([ID('person/jiang-tianyong')]);
  });

  it('is undefined for an IRI of another kind', async () => {
    expect(await catalog.item('persons', ID('act/cao-detained-2013'))).toBeUndefined();
  });

  it('pages a list and counts the total', async () => {
    const page = await catalog.list(parseListQuery(catalog.graph, 'acts', { limit: '2', offset: '1' }));
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i['id'])).toEqual([ID('act/jiang-travel-ban'), ID('act/jiang-disappeared-2016')]);
  });
});
