// CITATION.cff against the Citation File Format 1.2.0 JSON Schema (vendored unchanged in
// tests/fixtures/citation-file-format/ with its CC BY 4.0 licence), validated with ajv (draft-07,
// formats checked by ajv-formats), parsed as YAML. An invalid citation must fail, so the check can.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { citationCff } from '../../../src/domain/export/citation.js';
import { DATASET, releaseInfo } from '../../../src/domain/export/release-info.js';

const SCHEMA = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'citation-file-format', 'schema.json');
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let validate: ValidateFunction;

beforeAll(() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
});

describe('CITATION.cff', () => {
  it('the repository\'s CITATION.cff is valid CFF 1.2.0', () => {
    const cff = parse(readFileSync(path.join(PROJECT_ROOT, 'CITATION.cff'), 'utf8'));
    expect(validate(cff) ? [] : validate.errors).toEqual([]);
  });

  it('credits the project as author and contact and the CHRD report, with its page, as a reference', () => {
    const cff = parse(citationCff(releaseInfo())) as Record<string, unknown>;
    expect(validate(cff) ? [] : validate.errors).toEqual([]);
    expect(cff['authors']).toEqual([{ name: DATASET.publisher.name, website: DATASET.publisher.url }]);
    expect(cff['contact']).toEqual([{ name: DATASET.contact.name, website: DATASET.contact.url }]);
    expect(cff['references']).toEqual([
      expect.objectContaining({ type: 'report', authors: [{ name: 'Network of Chinese Human Rights Defenders (CHRD)' }], url: DATASET.source.url, 'date-published': '2018-11-01' }),
    ]);
  });

  it('the schema rejects a citation with a malformed date and an unknown key', () => {
    const cff = parse(citationCff(releaseInfo())) as Record<string, unknown>;
    expect(validate({ ...cff, 'date-released': '1 Nov 2018', publisher: 'x' })).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath || e.params)).toEqual(expect.arrayContaining(['/date-released', { additionalProperty: 'publisher' }]));
  });
});
