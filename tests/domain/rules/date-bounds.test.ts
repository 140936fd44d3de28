// boundProblems: the bounds each precision allows, table-tested (the rule's fixture in
// tests/fixtures/broken/date-bounds-disagree-with-precision.ttl checks it end to end).
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/domain/rules/calendar.js';
import { boundProblems } from '../../../src/domain/rules/date-bounds.js';

const REPORT = '2018-11-01';
const check = (precision: string, earliest?: string, latest?: string) =>
  boundProblems(precision, parseDay(earliest), parseDay(latest), REPORT);

describe('boundProblems', () => {
  it.each([
    ['day', '2018-11-06', '2018-11-06'],
    ['month', '2016-02-01', '2016-02-29'], // leap year
    ['month', '2015-02-01', '2015-02-28'],
    ['month', '2018-11-01', '2018-11-01'], // the report's own month, capped at its date
    ['year', '2017-01-01', '2017-12-31'],
    ['year', '2018-01-01', '2018-11-01'], // capped at the report's date
    ['season', '2018-03-01', '2018-08-31'], // "the spring and summer of 2018"
    ['season', '2017-12-01', '2018-02-28'], // a winter spans two years
    ['month', undefined, '2013-09-30'],
    ['unknown', undefined, undefined],
  ])('accepts prec:%s from %s to %s', (precision, earliest, latest) => {
    expect(check(precision, earliest, latest)).toEqual({});
  });

  it.each([
    ['day', '2018-11-06', '2018-11-07', { latest: 'prec:day, so rep:latestDate should be 2018-11-06 (the same day as rep:earliestDate)' }],
    ['month', '2016-08-01', '2016-10-31', { latest: "prec:month, so rep:latestDate should be 2016-08-31 (the last day of that month, or the report's date if earlier)" }],
    ['month', '2016-08-15', '2016-08-31', { earliest: 'prec:month, so rep:earliestDate should be the first of a month, 2016-08-01' }],
    ['year', '2016-08-01', '2016-08-31', { earliest: 'prec:year, so rep:earliestDate should be 1 January, 2016-01-01' }],
    ['year', '2015-01-01', '2018-11-01', { latest: "prec:year, so rep:latestDate should be 2015-12-31 (31 December of that year, or the report's date if earlier)" }],
    ['season', '2018-04-01', '2018-08-31', { earliest: 'prec:season, so rep:earliestDate should be the first day of a season (1 March, 1 June, 1 September or 1 December)' }],
    ['unknown', undefined, '2013-12-31', { latest: 'prec:unknown: the report prints no date this bound follows from' }],
  ])('rejects prec:%s from %s to %s', (precision, earliest, latest, problems) => {
    expect(check(precision, earliest, latest)).toEqual(problems);
  });
});
