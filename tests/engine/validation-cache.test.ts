// The start-up validation report kept on disk (src/engine/validation-cache.ts): kept only when the
// graph conforms, found again under the same key, never under another, ignored when damaged or
// when VALIDATION_CACHE=off.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedReport, keepReport, validationKey } from '../../src/engine/validation-cache.js';
import type { ValidationReport } from '../../src/domain/validation-report.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'validation-cache-'));
const env = { VALIDATION_CACHE_DIR: dir };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const conforming: ValidationReport = {
  conforms: true,
  violations: [{ severity: 'Warning', focusNode: 'https://w3id.org/hrd-reprisals/id/x', message: 'a warning is kept with the report', check: 'rule' }],
};

describe('validation cache', () => {
  it('keys on the graph, shapes, text and code: the same inputs give the same 64-hex key', () => {
    const key = validationKey();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(validationKey()).toBe(key);
  });

  it('keeps a conforming report and finds it under its key only', () => {
    keepReport('a'.repeat(64), conforming, env);
    expect(cachedReport('a'.repeat(64), env)).toEqual(conforming);
    expect(cachedReport('b'.repeat(64), env)).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never keeps a failing report: such a graph is validated (and reported) on every start', () => {
    keepReport('c'.repeat(64), { conforms: false, violations: [] }, env);
    expect(cachedReport('c'.repeat(64), env)).toBeUndefined();
  });

  it('ignores a damaged file and validates again', () => {
    writeFileSync(path.join(dir, `${'d'.repeat(64)}.json`), '{"conforms": tru');
    expect(cachedReport('d'.repeat(64), env)).toBeUndefined();
    writeFileSync(path.join(dir, `${'e'.repeat(64)}.json`), '{"conforms": false, "violations": []}');
    expect(cachedReport('e'.repeat(64), env)).toBeUndefined();
  });

  it('VALIDATION_CACHE=off neither reads nor writes', () => {
    const off = { ...env, VALIDATION_CACHE: 'off' };
    expect(cachedReport('a'.repeat(64), off)).toBeUndefined();
    keepReport('f'.repeat(64), conforming, off);
    expect(cachedReport('f'.repeat(64), env)).toBeUndefined();
  });
});
