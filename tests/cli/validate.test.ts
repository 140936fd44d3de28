// `kg validate` run as a child process: output and exit codes on clean and broken fixtures.
import { describe, expect, it } from 'vitest';
import { BASE_FIXTURE, fixtureGraph } from '../helpers/fixture-graph.js';
import { runKg } from '../helpers/run-kg.js';

const BASE = 'tests/fixtures/base.ttl';
/** Files read: the ontology's plus the fixtures given with --data. */
const files = (fixtures: number) => fixtureGraph(BASE_FIXTURE).length - 1 + fixtures;

describe('kg validate', () => {
  it('exits 0 and says so on a clean graph', () => {
    expect(runKg('validate', '--data', BASE)).toEqual({
      status: 0,
      stdout: `valid: ${files(1)} files, no violations\n`,
      stderr: '',
    });
  });

  it.each([
    [
      'act-without-source.ttl',
      [
        'Violation: id:act/unsourced',
        '  path:    rep:source',
        '  message: A fact needs at least one rep:source: the passage of the report that states it.',
        '',
        `1 violation in ${files(2)} files`,
      ],
    ],
    [
      'passage-wrong-offsets.ttl',
      [
        'Violation: id:passage/977-998',
        '  path:    oa:exact',
        '  message: oa:exact is not the report text at 977-998; the report has it at 976-997.',
        '  value:   "blocked their travels"',
        '',
        `1 violation in ${files(2)} files`,
      ],
    ],
    [
      'earliest-date-wrong-datatype.ttl',
      [
        'Violation: id:act/month-as-gyearmonth',
        '  path:    rep:earliestDate',
        '  message: rep:earliestDate takes one xsd:date ("2014-03-01"^^xsd:date).',
        '  value:   "2014-03"^^xsd:gYearMonth',
        '',
        `1 violation in ${files(2)} files`,
      ],
    ],
    [
      'ongoing-ends-before-report-date.ttl',
      [
        'Violation: id:act/ongoing-but-ended',
        '  path:    rep:latestDate',
        "  message: status:ongoing, so rep:latestDate should be the report's date, 2018-11-01: the act went on until then.",
        '  value:   "2014-03-31"^^xsd:date',
        '',
        `1 violation in ${files(2)} files`,
      ],
    ],
    [
      'unused-resource.ttl',
      [
        'Violation: id:organisation/guizhou-authorities',
        '  path:    rdf:type',
        '  message: The resource is defined but nothing points to it: use it where the report names it (victim, perpetrator, place, raisedIn...) or remove it.',
        '  value:   rep:StateOrgan',
        '',
        'Violation: id:passage/976-997',
        '  path:    rdf:type',
        '  message: The passage is described but no resource cites it (rep:source): cite it or remove its block (scripts/resolve-quotes.ts writes only the passages a file cites).',
        '  value:   rep:SourcePassage',
        '',
        `2 violations in ${files(2)} files`,
      ],
    ],
  ])('prints each violation of %s and exits 1', (fixture, lines) => {
    expect(runKg('validate', '--data', BASE, '--data', `tests/fixtures/broken/${fixture}`)).toEqual({
      status: 1,
      stdout: `${lines.join('\n')}\n`,
      stderr: '',
    });
  });

  it('names the file and line of a Turtle syntax error, without a stack trace', () => {
    const run = runKg('validate', '--data', 'tests/fixtures/broken/turtle-syntax-error.ttl');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'kg: Turtle syntax error: tests/fixtures/broken/turtle-syntax-error.ttl:19: ' +
        'Expected punctuation to follow ""No Dot"@en" on line 19.\n',
    );
  });

  it('exits 2 on a missing data path', () => {
    expect(runKg('validate', '--data', 'tests/fixtures/nowhere.ttl')).toEqual({
      status: 2,
      stdout: '',
      stderr: 'kg: no such data file or folder: tests/fixtures/nowhere.ttl\n',
    });
  });
});
