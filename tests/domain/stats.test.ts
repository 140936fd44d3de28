// graphStats on the base fixture: exact triple counts, entities per class, acts per act type.
import { describe, expect, it } from 'vitest';
import { graphStats } from '../../src/domain/stats.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { NS } from '../../src/vocab.js';
import { BASE_FIXTURE, fixtureGraph } from '../helpers/fixture-graph.js';

const { store, parts } = loadGraph(fixtureGraph(BASE_FIXTURE));
const stats = graphStats(store, parts);

describe('graphStats', () => {
  it('counts the triples of each part and of the whole', () => {
    expect(stats.triplesPerPart.data).toBe(32);
    expect(stats.triples).toBe((stats.triplesPerPart.ontology ?? 0) + 32);
  });

  it.each([
    [NS.rep('NGO'), 1, 'non-governmental organisation'],
    [NS.rep('Person'), 1, 'person'],
    [NS.rep('ReprisalAct'), 1, 'reprisal act'],
    [NS.rep('SourceDocument'), 1, 'source document'],
    [NS.rep('SourcePassage'), 1, 'source passage'],
    [NS.oa('TextQuoteSelector'), 1, undefined],
    [NS.oa('TextPositionSelector'), 1, undefined],
  ])('counts instances of %s', (iri, count, label) => {
    expect(stats.entitiesPerClass.find((c) => c.iri === iri)).toEqual({ iri, count, ...(label ? { label } : {}) });
  });

  it('lists only asserted classes of the fixture among the rep: classes', () => {
    expect(stats.entitiesPerClass.filter((c) => c.iri.startsWith(NS.rep.iri)).map((c) => c.iri)).toEqual(
      ['NGO', 'Person', 'ReprisalAct', 'SourceDocument', 'SourcePassage'].map((local) => NS.rep(local)),
    );
  });

  it('counts acts per act type with the concept label', () => {
    expect(stats.actsPerActType).toEqual([{ iri: NS.acttype('detention'), label: 'detention', count: 1 }]);
  });
});
