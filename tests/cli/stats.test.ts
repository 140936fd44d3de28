// `kg stats` run as a child process on the base fixture.
import { describe, expect, it } from 'vitest';
import { runKg } from '../helpers/run-kg.js';

describe('kg stats', () => {
  const run = runKg('stats', '--data', 'tests/fixtures/base.ttl');

  it('exits 0 without errors', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('prints the triple count per part', () => {
    expect(run.stdout).toMatch(/^triples: \d+ \(ontology \d+, data 32\)\n/);
  });

  it.each([
    ['rep:Person', 'person'],
    ['rep:ReprisalAct', 'reprisal act'],
    ['rep:SourcePassage', 'source passage'],
  ])('counts %s', (curie, label) => {
    expect(run.stdout).toMatch(new RegExp(`\\n${curie} +1 +${label}\\n`));
  });

  it('ends with the acts per act type', () => {
    expect(run.stdout.slice(run.stdout.indexOf('acts per act type'))).toBe(
      [
        'acts per act type',
        'act type           count  label',
        '-----------------  -----  ---------',
        'acttype:detention  1      detention',
        '',
      ].join('\n'),
    );
  });
});
