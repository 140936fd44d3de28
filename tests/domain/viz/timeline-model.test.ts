import { describe, expect, it } from 'vitest';
import { sharedEntityGraph } from '../../../src/domain/entity/shared-entity-graph.js';
import { filteredActs, parseVizFilter } from '../../../src/domain/viz/act-filter.js';
import { familiesOfAct } from '../../../src/domain/viz/act-families.js';
import { actsOfVictim, REPORT_DATE, timelineModel } from '../../../src/domain/viz/timeline/timeline-model.js';
import { NS, REP } from '../../../src/vocab.js';

const graph = sharedEntityGraph();
const act = (slug: string) => NS.id(`act/${slug}`);

describe('timeline model (bundled data)', () => {
  it("orders Cao Shunli's four acts by date, the undated abduction last", () => {
    const model = timelineModel(graph, actsOfVictim(graph, NS.id('person/cao-shunli')));
    expect(model.rows.map((r) => r.path)).toEqual([
      '/id/act/cao-shunli-airport-detention-2013',
      '/id/act/cao-shunli-denial-of-medicine',
      '/id/act/cao-shunli-death-in-custody',
    ]);
    expect(model.undated.map((r) => r.path)).toEqual(['/id/act/cao-shunli-abduction-and-disappearance']);
    const [detention, medicine, death] = model.rows;
    expect(detention).toMatchObject({ start: '2013-09-01', end: '2014-03-31', precision: 'month', fuzzy: false, dateAsPrinted: 'September 2013' });
    expect(medicine).toMatchObject({ precision: 'unknown', fuzzy: true });
    expect(death).toMatchObject({ start: '2014-03-01', end: '2014-03-31', precision: 'month', ongoing: false });
    expect(death!.passage).toMatchObject({ path: '/id/passage/1579-1640' });
    expect(detention!.families).toEqual(['deprivation-of-liberty', 'restriction-of-movement']);
    expect(model.axis).toEqual(['2013-01-01', REPORT_DATE]);
  });

  it('runs ongoing acts to the report date and keeps an open start open', () => {
    const row = timelineModel(graph, [act('chen-jianfang-targeted-by-shanghai-police')]).rows[0]!;
    expect(row).toMatchObject({ ongoing: true, end: REPORT_DATE });
    expect(row.start).toBeUndefined();
  });

  it('shows every act of the graph once', () => {
    const all = graph.instancesOf(REP.ReprisalAct);
    const model = timelineModel(graph, all);
    expect(model.rows.length + model.undated.length).toBe(all.length);
    expect(model.rows.every((r, i) => i === 0 || (model.rows[i - 1]!.start ?? model.rows[i - 1]!.end!) <= (r.start ?? r.end!))).toBe(true);
  });
});

describe('view filters', () => {
  it('filters by family, perpetrator and status as the lists do', () => {
    const filter = parseVizFilter(graph, { type: 'physical-integrity', perpetrator: 'chinese-police', status: 'ended' });
    const acts = filteredActs(graph, filter).sort();
    expect(acts).toEqual([act('cao-shunli-death-in-custody'), act('cao-shunli-denial-of-medicine')]);
    expect(acts.every((a) => familiesOfAct(graph, a).includes('physical-integrity'))).toBe(true);
  });

  it.each([
    [{ perpetrator: 'nobody' }, /Unknown perpetrator "nobody"/],
    [{ status: 'lost' }, /Unknown status "lost"; use one of: .*ongoing/],
    [{ colour: 'red' }, /Unknown parameter "colour"/],
    [{ from: '2018', to: '2013' }, /"from" \(2018\) is after "to" \(2013\)/],
    [{ type: ['a', 'b'] }, /Give "type" once/],
  ])('refuses %j with a message saying what to send', (params, message) => {
    expect(() => parseVizFilter(graph, params)).toThrow(message);
  });
});
