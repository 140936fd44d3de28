// The crosswalk part of the graph (data/links/case-records.ttl) against its review record and the
// team's checked tables: every external URL the graph links a case to is a URL of the shared
// crosswalk tables; the project's copies of those tables equal the shared ones (when ../shared is
// present: the check skips cleanly without it); the Turtle is exactly what the record generates;
// the reports' symbols are those of the table for their year; a mapping row naming a URL the
// tables do not hold is refused.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { LinkReviewError } from '../../src/domain/links/build-links.js';
import { buildCrosswalk, crosswalkFiles } from '../../src/domain/links/case-records.js';
import { caseRecordsTurtle } from '../../src/domain/links/case-records-turtle.js';
import { graphLookup, graphWithoutLinks } from '../../src/domain/links/graph-lookup.js';
import { parseTsv } from '../../src/domain/links/tsv.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { NS, RDF_TYPE } from '../../src/vocab.js';

const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared', 'crosswalk');
const files = crosswalkFiles();
const lookup = graphLookup(graphWithoutLinks());
const { store } = loadGraph();
const tableUrls = (file: string) => parseTsv(readFileSync(file, 'utf8'), file, ['url']).map((r) => r.cells.url ?? '');

describe('case records in the graph', () => {
  const allowed = new Set([...tableUrls(files.ishr), ...tableUrls(files.casePages)]);

  it('every rdfs:seeAlso and rep:recordUrl target in the whole graph is a URL of the crosswalk tables', () => {
    const linked = [NS.rdfs('seeAlso'), NS.rep('recordUrl')].flatMap((p) => store.getQuads(null, p, null, null).map((q) => q.object.value));
    expect(linked.length).toBe(2 * 37);
    expect(linked.filter((url) => !allowed.has(url))).toEqual([]);
  });

  it('every http(s) URL written in data/links/case-records.ttl is in the tables (IRIs of the graph and vocabularies aside)', () => {
    const text = readFileSync(files.turtle, 'utf8');
    const urls = [...text.matchAll(/<(https?:\/\/[^>]+)>/gu)].map((m) => m[1] ?? '')
      .filter((u) => !u.startsWith('https://w3id.org/hrd-reprisals/') && !/^https?:\/\/(www\.w3\.org|purl\.org|schema\.org|rdfs\.org|www\.wikidata\.org)\//u.test(u));
    expect(new Set(urls)).toEqual(allowed);
  });

  it('persons carry their ISHR entries with code and report year', () => {
    const records = store.getObjects(NS.id('person/cao-shunli'), NS.rep('caseRecord'), null).map((t) => t.value);
    const ishr = records.find((r) => store.getObjects(r, NS.rep('ishrCode'), null).length > 0);
    expect(store.getObjects(ishr ?? '', NS.rep('ishrCode'), null).map((t) => t.value)).toEqual(['2014-017-001']);
    expect(store.getObjects(ishr ?? '', NS.rep('recordUrl'), null).map((t) => t.value)).toEqual(['https://endreprisals.ishr.ch/en/entity/mkyckr3fufd']);
    expect(store.getObjects(ishr ?? '', NS.rep('sgReportYear'), null).map((t) => t.value)).toEqual(['2014']);
    const wangYu = store.getObjects(NS.id('person/wang-yu-lawyer'), NS.rep('caseRecord'), null)
      .flatMap((r) => store.getObjects(r, NS.rep('inSgReport'), null)).map((t) => t.value);
    expect(wangYu).toEqual([NS.id('document/sg-reprisals-report-2018')]);
    expect(store.getObjects(NS.id('person/dolkun-isa'), NS.rdfs('seeAlso'), null).map((t) => t.value))
      .toEqual(['https://docslib.org/doc/4350655/11-july-2018-excellency-we-have-the-honour-to-address-you-in-our']);
  });

  it('the reprisals reports of the graph carry the symbols of the table for their year', () => {
    const bySymbol = Object.fromEntries(parseTsv(readFileSync(files.sgReports, 'utf8'), 'sg', ['symbol']).map((r) => [r.cells.report_year, r.cells.symbol]));
    const reports = store.getSubjects(RDF_TYPE, NS.rep('ReprisalsReport'), null).map((t) => t.value).sort();
    expect(reports.length).toBe(3);
    for (const report of reports) {
      const year = store.getObjects(report, NS.rep('reportYear'), null)[0]?.value ?? '';
      expect(store.getObjects(report, NS.rep('documentSymbol'), null).map((t) => t.value)).toEqual([bySymbol[year]]);
    }
  });

  it('every link node cites a row of a crosswalk table and names its curator and date', () => {
    const nodes = store.getSubjects(NS.rep('recordOf'), null, null).map((t) => t.value);
    expect(nodes.length).toBe(37 + 3);
    for (const node of nodes) {
      expect(store.getObjects(node, NS.rep('checkedSource'), null)[0]?.value).toMatch(/^data\/links\/crosswalk\/(ishr-end-reprisals|case-pages|sg-reports)\.tsv#row=\d+$/u);
      expect(store.getObjects(node, NS.rep('reviewedBy'), null)).toHaveLength(1);
      expect(store.getObjects(node, NS.rep('reviewedOn'), null)).toHaveLength(1);
    }
  });

  it('data/links/case-records.ttl is exactly what the review record generates', () => {
    expect(readFileSync(files.turtle, 'utf8')).toBe(caseRecordsTurtle(buildCrosswalk(files, lookup)));
  });
});

describe.skipIf(!existsSync(SHARED))('the project copies of the crosswalk tables (needs ../shared)', () => {
  it.each(['ishr-end-reprisals.tsv', 'case-pages.tsv', 'sg-reports.tsv', 'ishr-fields.tsv'])('%s equals shared/crosswalk/%s', (name) => {
    expect(readFileSync(path.join(files.dir, 'crosswalk', name), 'utf8')).toBe(readFileSync(path.join(SHARED, name), 'utf8'));
  });
  it('the copy holds every shared table', () => {
    const shared = readdirSync(SHARED).filter((f) => f.endsWith('.tsv')).sort();
    expect(readdirSync(path.join(files.dir, 'crosswalk')).filter((f) => f.endsWith('.tsv')).sort()).toEqual(shared);
  });
});

describe('the review record refuses', () => {
  const withMapping = (line: string, run: (dir: string) => void) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crosswalk-'));
    try {
      cpSync(path.join(files.dir, 'crosswalk'), path.join(dir, 'crosswalk'), { recursive: true });
      writeFileSync(path.join(dir, 'case-records-mapping.tsv'), `iri\ttable\tkey\tcurator\tchecked_on\tnote\n${line}\n`);
      run(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it.each([
    ['a URL the tables do not hold', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli\tcase-pages.tsv\thttps://example.org/made-up\tx\t2026-11-30\t', 'has 0 rows with url "https://example.org/made-up"'],
    ['a person label instead of a URL', 'https://w3id.org/hrd-reprisals/id/person/cao-shunli\tishr-end-reprisals.tsv\tCao Shunli\tx\t2026-11-30\t', 'has 0 rows with url "Cao Shunli"'],
    ['an IRI the graph does not hold', 'https://w3id.org/hrd-reprisals/id/person/nobody\tcase-pages.tsv\thttps://www.nchrd.org/2018/01/qin-yongmin/\tx\t2026-11-30\t', 'is not an entity of the graph'],
  ])('%s', (_, line, message) => {
    withMapping(line, (dir) => {
      expect(() => buildCrosswalk(crosswalkFiles(dir), lookup)).toThrow(LinkReviewError);
      expect(() => buildCrosswalk(crosswalkFiles(dir), lookup)).toThrow(message);
    });
  });
});
