// The links builder refuses a review record it cannot trust: a mapping row naming no table row
// or an IRI outside the graph, a row mapped twice, a missing curator or confidence, two items for
// one entity. And the shapes catch a link node without provenance or with owl:sameAs.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLinks, LinkReviewError } from '../../../src/domain/links/build-links.js';
import { graphLookup, graphWithoutLinks } from '../../../src/domain/links/graph-lookup.js';
import { linksFiles, PROJECT_LINKS_DIR } from '../../../src/domain/links/links-files.js';
import { validateGraph } from '../../../src/domain/validate.js';
import { graphFiles } from '../../../src/store/graph-files.js';

const graph = graphLookup(graphWithoutLinks());
const BEIJING = 'https://w3id.org/hrd-reprisals/id/place/beijing\tqids.tsv\tBeijing\t\tcurator\t2026-11-29\t';

/** A copy of data/links whose mapping is `edit(original)`. */
function withMapping(edit: (mapping: string) => string): ReturnType<typeof linksFiles> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-links-'));
  cpSync(PROJECT_LINKS_DIR, dir, { recursive: true });
  const files = linksFiles(dir);
  writeFileSync(files.mapping, edit(readFileSync(files.mapping, 'utf8')));
  return files;
}

describe('buildLinks', () => {
  it('builds the project record', () => {
    const built = buildLinks(linksFiles(), graph);
    expect(built.links).toHaveLength(47);
  });

  it.each([
    ['an entity cell no table row has', (m: string) => m.replace('\tqids.tsv\tBeijing\t', '\tqids.tsv\tPeking\t'), 'has 0 rows with entity "Peking"'],
    ['an IRI outside the graph', (m: string) => m.replace('id/place/beijing\t', 'id/place/peking\t'), 'is not an entity of the graph'],
    ['a table row mapped twice', (m: string) => `${m}${BEIJING.replace('place/beijing', 'place/shanghai')}\n`, 'mapped twice'],
    ['an unknown table', (m: string) => m.replace('\tqids.tsv\tBeijing\t', '\tpeople.tsv\tBeijing\t'), 'table must be'],
    ['no curator', (m: string) => m.replace(/(id\/place\/beijing\tqids\.tsv\tBeijing\t\t)[^\t]+/u, '$1'), 'a curator'],
    ['an article row without confidence', (m: string) => m.replace(/(Cao Shunli\t)high/u, '$1'), 'needs a confidence'],
    ['a confidence that contradicts the table', (m: string) => m.replace(/(\tqids\.tsv\tBeijing\t)/u, '$1medium'), 'contradicts'],
    ['one entity mapped to two items', (m: string) => m.replace('id/place/shanghai\t', 'id/place/beijing\t'), 'already linked to'],
  ])('refuses %s', (_, edit, message) => {
    const files = withMapping(edit);
    expect(() => buildLinks(files, graph)).toThrow(LinkReviewError);
    expect(() => buildLinks(files, graph)).toThrow(message);
  });
});

describe('shapes of the links', () => {
  const broken = `@prefix rep: <https://w3id.org/hrd-reprisals/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix void: <http://rdfs.org/ns/void#> .
<https://w3id.org/hrd-reprisals/id/link/wikidata/place/beijing> a rep:WikidataLink ;
    rep:linkSubject <https://w3id.org/hrd-reprisals/id/place/beijing> ;
    rep:linkProperty owl:sameAs ;
    rep:linkTarget <https://www.wikidata.org/wiki/Q956> ;
    rep:confidence "certain" .
`;

  it('report a link with owl:sameAs, a page URL for an item, a bad confidence and no provenance', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kg-shapes-'));
    const file = path.join(dir, 'broken-link.ttl');
    writeFileSync(file, broken);
    const files = [...graphFiles().filter((f) => f.part === 'ontology'), { path: file, part: 'links' as const }];
    const report = await validateGraph({ files });
    const messages = report.violations.map((v) => v.message).join('\n');
    expect(report.conforms).toBe(false);
    for (const expected of ['never owl:sameAs', 'http://www.wikidata.org/entity/Q', '"high" or "medium"', 'rep:checkedHow', 'rep:checkedSource', 'rep:reviewedBy', 'rep:reviewedOn', 'void:Linkset']) {
      expect(messages).toContain(expected);
    }
  });
});
