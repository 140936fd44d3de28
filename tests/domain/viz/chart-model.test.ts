import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { chartModel, type Row } from '../../../src/domain/viz/charts/chart-model.js';
import { selectVariables } from '../../../src/domain/viz/charts/select-variables.js';
import { NS } from '../../../src/vocab.js';

const { literal, namedNode } = DataFactory;
const int = (n: number) => literal(String(n), namedNode(NS.xsd('integer')));
const row = (entries: Record<string, ReturnType<typeof literal> | ReturnType<typeof namedNode>>): Row => new Map(Object.entries(entries));

describe('chart of a SELECT result', () => {
  it('one category: one bar per row, the label linked to the IRI beside it', () => {
    const rows = [
      row({ p: namedNode(NS.id('organisation/chinese-police')), name: literal('Chinese police', 'en'), acts: int(7) }),
      row({ p: namedNode(NS.id('organisation/beijing-police')), name: literal('Beijing police', 'en'), acts: int(2) }),
    ];
    const result = chartModel(['p', 'name', 'acts'], rows);
    if (!('chart' in result)) throw new Error(result.notChartable);
    expect(result.chart.columns).toEqual(['name', 'acts']);
    expect(result.chart.table).toEqual([
      [{ text: 'Chinese police', href: '/id/organisation/chinese-police' }, { text: '7' }],
      [{ text: 'Beijing police', href: '/id/organisation/beijing-police' }, { text: '2' }],
    ]);
    expect(result.chart.bars.map((b) => b.total)).toEqual([7, 2]);
  });

  it('two categories: bars of the first stacked by the second', () => {
    const rows = [
      row({ year: literal('2013'), family: literal('detention'), n: int(2) }),
      row({ year: literal('2013'), family: literal('threat'), n: int(1) }),
      row({ year: literal('2014'), family: literal('threat'), n: int(4) }),
    ];
    const result = chartModel(['year', 'family', 'n'], rows);
    if (!('chart' in result)) throw new Error(result.notChartable);
    expect(result.chart.series).toEqual(['detention', 'threat']);
    expect(result.chart.bars.map((b) => [b.category.text, b.total, b.segments.length])).toEqual([['2013', 3, 2], ['2014', 4, 1]]);
  });

  it.each([
    [['a'], [] as Row[], /no rows/],
    [['a', 'b'], [row({ a: literal('x'), b: literal('y') })], /exactly one numeric column.*has 0/],
    [['a', 'b', 'c', 'n'], [row({ a: literal('x'), b: literal('y'), c: literal('z'), n: int(1) })], /one or two category columns.*has 3/],
  ])('says why %j is not chartable', (vars, rows, message) => {
    const result = chartModel(vars, rows);
    expect('notChartable' in result && result.notChartable).toMatch(message);
  });

  it('reads the projection of the query, aggregates included', () => {
    expect(selectVariables('SELECT ?year (COUNT(?a) AS ?n) WHERE { ?a ?p ?year } GROUP BY ?year', [])).toEqual(['year', 'n']);
    expect(selectVariables('SELECT * WHERE { ?a ?b ?c }', [row({ a: literal('1'), c: literal('2') })])).toEqual(['a', 'c']);
  });
});
