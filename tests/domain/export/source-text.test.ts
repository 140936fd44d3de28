// The report's text in the release: the captured text, against which offsets count, ships
// byte-identical; the clean text drops exactly the page residue (the title and "Comments Off on"
// lines at the top, "Back to Top" at the end) and keeps every passage's words.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_TEXT_FILE } from '../../../src/config.js';
import type { Release } from '../../../src/domain/export/build-release.js';
import { DATASET } from '../../../src/domain/export/release-info.js';
import { cleanSourceText, residueNote, sourceResidue } from '../../../src/domain/export/source-text.js';
import { readCsv } from '../../../src/domain/export/validate-table.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from './release-helper.js';

const PAGE = 'Title – of the page\n\nComments Off on Title – of the page\nTitle  –\tof the page\n\n(CHRD – November 1, 2018) – Text.\n\nContacts\n\nBack to Top';

describe('source-text', () => {
  it('finds the header block up to "Comments Off on" and a final "Back to Top", with code-point spans', () => {
    expect(sourceResidue(PAGE).map((r) => [r.line, r.text])).toEqual([
      [1, 'Title – of the page'],
      [2, ''],
      [3, 'Comments Off on Title – of the page'],
      [10, 'Back to Top'],
    ]);
    const [first] = sourceResidue(PAGE);
    expect([...PAGE].slice(first!.start, first!.end).join('')).toBe('Title – of the page\n');
  });

  it('cleans to the report\'s own lines, and leaves a text without residue unchanged', () => {
    expect(cleanSourceText(PAGE)).toBe('Title  –\tof the page\n\n(CHRD – November 1, 2018) – Text.\n\nContacts\n');
    expect(sourceResidue('Report title\n\nBody.\n')).toEqual([]);
    expect(cleanSourceText('Report title\n\nBody.\n')).toBe('Report title\n\nBody.\n');
    expect(residueNote('Body.\n')).toBe('The text holds no page residue.');
  });

  it('does not take a "Comments Off" line deep in the text for page header', () => {
    const text = `${'line\n'.repeat(10)}Comments Off on something\nmore\n`;
    expect(sourceResidue(text)).toEqual([]);
  });
});

describe('the source texts of the release', () => {
  let release: Release;
  beforeAll(async () => {
    release = await bundledRelease();
  }, BUILD_TIMEOUT);

  it('ships the captured text unchanged, and names its residue lines in datapackage.json', () => {
    expect(fileOf(release, DATASET.source.path).equals(readFileSync(SOURCE_TEXT_FILE))).toBe(true);
    const pkg = JSON.parse(fileOf(release, 'datapackage.json').toString('utf8')) as { resources: { path: string; description?: string }[] };
    const described = pkg.resources.find((r) => r.path === DATASET.source.path)?.description ?? '';
    expect(described).toMatch(/line 1 \(code points 0–\d+\), line 3 \(code points \d+–\d+\)/u);
    expect(described).toContain('Back to Top');
  });

  it('ships a clean text that begins with the report\'s title and holds every passage', () => {
    const clean = fileOf(release, DATASET.source.cleanPath).toString('utf8');
    expect(clean.startsWith('Hold Chinese Government Accountable')).toBe(true);
    expect(clean).not.toMatch(/Comments Off on|Back to Top/u);
    expect(clean.split('\n')[2]).toMatch(/^\(Network of Chinese Human Rights Defenders – November 1, 2018\)/u);
    const { header, rows } = readCsv(fileOf(release, 'tables/passages.csv').toString('utf8'));
    for (const row of rows) expect(clean).toContain(row[header.indexOf('exact')]);
  });
});
