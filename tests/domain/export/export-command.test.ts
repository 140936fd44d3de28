// `kg export` in-process: writes the release to --out, refuses a bad --issued, and builds a valid
// release from a graph without any links (data/links/ empty): links.csv is then a header only.
// `--from-store` against a real store: tests/engine/remote/release-store.test.ts.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../src/cli/export.js';
import { UsageError } from '../../../src/cli/errors.js';
import { BASE_FIXTURE } from '../../helpers/fixture-graph.js';
import { BUILD_TIMEOUT } from './release-helper.js';

describe('kg export', () => {
  it('builds a valid release of a graph without links, with the issue date given', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'kg-export-')), 'dist');
    const result = await exportCommand(['--out', out, '--issued', '2030-01-02', '--data', BASE_FIXTURE]);
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^release \d+\.\d+\.\d+ \(2030-01-02\), \d+ triples/u);
    expect(readFileSync(path.join(out, 'tables', 'links.csv'), 'utf8').split('\r\n')).toEqual([expect.stringMatching(/^link_iri,link_kind,/u), '']);
    expect(readFileSync(path.join(out, 'CITATION.cff'), 'utf8')).toContain('date-released: "2030-01-02"');
    const pkg = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')) as { created: string };
    expect(pkg.created).toBe('2030-01-02T00:00:00Z');
  }, BUILD_TIMEOUT);

  it('--from-store needs SPARQL_BACKEND, and refuses --data and --issued (the store gives both)', async () => {
    const saved = process.env.SPARQL_BACKEND;
    delete process.env.SPARQL_BACKEND;
    try {
      await expect(exportCommand(['--from-store'])).rejects.toThrow(/--from-store needs SPARQL_BACKEND/u);
      process.env.SPARQL_BACKEND = 'ftp://127.0.0.1/sparql';
      await expect(exportCommand(['--from-store'])).rejects.toThrow(/SPARQL_BACKEND must be http or https/u);
    } finally {
      if (saved === undefined) delete process.env.SPARQL_BACKEND;
      else process.env.SPARQL_BACKEND = saved;
    }
    await expect(exportCommand(['--from-store', '--data', BASE_FIXTURE])).rejects.toThrow(/leave out --data and --issued/u);
    await expect(exportCommand(['--from-store', '--issued', '2030-01-02'])).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses a malformed --issued as a usage error, and an unknown option', async () => {
    await expect(exportCommand(['--issued', 'tomorrow'])).rejects.toBeInstanceOf(UsageError);
    await expect(exportCommand(['--bogus'])).rejects.toMatchObject({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
  });
});
