// `kg wikidata resolve` and `kg wikidata accept` against a local stand-in for the Wikidata API
// (made-up items Q999999xxx), writing only to a temporary copy of data/links/; offline, the
// resolver stops with a clear message and exit 69, never a stack trace.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wikidataAccept } from '../../src/cli/wikidata-accept.js';
import { wikidataResolve } from '../../src/cli/wikidata-resolve.js';
import { PROJECT_LINKS_DIR } from '../../src/domain/links/links-files.js';
import { acceptReview } from '../../src/domain/wikidata/accept-review.js';
import { parseReview, REVIEW_COLUMNS, stringifyReview, type ReviewRow } from '../../src/domain/wikidata/review-row.js';
import { closedPort, startFakeWikidata, type FakeWikidata } from '../helpers/fake-wikidata.js';
import { runKg } from '../helpers/run-kg.js';

const ID = 'https://w3id.org/hrd-reprisals/id/';
let wikidata: FakeWikidata;
let work: string;
let review: ReviewRow[];

beforeAll(async () => {
  wikidata = await startFakeWikidata();
  work = mkdtempSync(path.join(tmpdir(), 'kg-wikidata-'));
  const out = path.join(work, 'review.csv');
  const result = await wikidataResolve(['--api', wikidata.api, '--out', out]);
  expect(result.exitCode).toBe(0);
  review = parseReview(readFileSync(out, 'utf8'), out).map((r) => r.cells);
}, 60_000);
afterAll(async () => {
  await wikidata?.stop();
  rmSync(work, { recursive: true, force: true });
});

const rowsFor = (local: string) => review.filter((r) => r.entity === ID + local);

/** A fresh copy of the project's links folder; returns its path. */
function linksCopy(): string {
  const dir = mkdtempSync(path.join(work, 'links-'));
  cpSync(PROJECT_LINKS_DIR, dir, { recursive: true });
  return dir;
}

function marked(changes: { entity: string; candidate: string; reason: string }[]): string {
  const rows = review.map((r) => {
    const change = changes.find((c) => ID + c.entity === r.entity && c.candidate === r.candidate);
    return change ? { ...r, accept: 'yes', reason: change.reason } : r;
  });
  const file = path.join(work, `marked-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, stringifyReview(rows));
  return file;
}

describe('kg wikidata resolve', () => {
  it('asks wbgetentities by enwiki sitelink for every awaiting article, one title per request', () => {
    const titles = wikidata.requests.filter((p) => p.get('action') === 'wbgetentities').map((p) => p.get('titles'));
    expect(titles).toHaveLength(18);
    expect(titles).toContain('Wang Yu (lawyer)');
    expect(wikidata.requests.filter((p) => p.get('action') === 'wbgetentities').every((p) => p.get('sites') === 'enwiki')).toBe(true);
  });

  it('writes a review CSV with the documented columns', () => {
    expect(Object.keys(review[0] ?? {})).toEqual([...REVIEW_COLUMNS]);
    expect(review.every((r) => r.accept === '' && r.reason === '')).toBe(true);
  });

  it('proposes the sitelinked item of a checked article, with why and score', () => {
    expect(rowsFor('person/cao-shunli')).toEqual([
      expect.objectContaining({ candidate: 'Q999999001', candidate_label: 'Cao Shunli', method: 'sitelink', score: '0.95', why: expect.stringContaining('enwiki sitelink of the checked article "Cao_Shunli"') }),
    ]);
    expect(rowsFor('un/cat')[0]).toMatchObject({ candidate: 'Q999999003', score: '0.9', why: expect.stringContaining('redirect') });
  });

  it('says so when no item has the article as sitelink', () => {
    expect(rowsFor('person/qin-yongmin')[0]).toMatchObject({ candidate: '', score: '0', why: expect.stringContaining('no Wikidata item') });
  });

  it('searches unlinked persons by English and Chinese names, and flags shared names', () => {
    const searched = wikidata.requests.filter((p) => p.get('action') === 'wbsearchentities');
    expect(searched.some((p) => p.get('search') === '甄江华' && p.get('language') === 'zh')).toBe(true);
    expect(rowsFor('person/zhen-jianghua')[0]).toMatchObject({ candidate: 'Q999999010', method: 'search' });
    expect(Number(rowsFor('person/zhen-jianghua')[0]?.score)).toBeLessThanOrEqual(0.6);
    const liWenzu = rowsFor('person/li-wenzu');
    expect(liWenzu.map((r) => r.candidate).sort()).toEqual(['Q999999011', 'Q999999012']);
    expect(liWenzu.every((r) => r.why.includes('2 items share this name'))).toBe(true);
  });

  it('never searches entities that already have a link', () => {
    const searched = wikidata.requests.filter((p) => p.get('action') === 'wbsearchentities').map((p) => p.get('search'));
    expect(searched).not.toContain('Wang Yu');
    expect(searched).not.toContain('Cao Shunli');
  });
});

describe('kg wikidata accept', () => {
  it('writes accepted rows with provenance into a copy of the links folder and resolves the article', async () => {
    const links = linksCopy();
    const file = marked([
      { entity: 'person/cao-shunli', candidate: 'Q999999001', reason: 'Sitelink of the checked article; item says activist who died 2014, as the report says' },
      { entity: 'person/zhen-jianghua', candidate: 'Q999999010', reason: 'Item describes the head of Human Rights Campaign in China, detained 2017' },
    ]);
    const result = await wikidataAccept([file, '--by', 'Test Curator', '--links', links, '--date', '2026-11-29']);
    expect(result.output).toContain('accepted 2 row(s) by Test Curator');
    const accepted = readFileSync(path.join(links, 'accepted.tsv'), 'utf8');
    expect(accepted.split('\n')[1]).toMatch(/^https:\/\/w3id\.org\/hrd-reprisals\/id\/person\/cao-shunli\tQ999999001\t/u);
    const quads = new Parser().parse(readFileSync(path.join(links, 'wikidata.ttl'), 'utf8'));
    const about = (s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value.endsWith(p)).map((q) => q.object.value);
    expect(about(`${ID}person/cao-shunli`, 'sameAs')).toContain('http://www.wikidata.org/entity/Q999999001');
    const node = `${ID}link/wikidata/person/cao-shunli`;
    expect(about(node, '#reviewedBy')).toEqual(['Test Curator']);
    expect(about(node, '#reviewedOn')).toEqual(['2026-11-29']);
    expect(about(node, '#confidence')).toEqual(['high']);
    expect(about(node, '#checkedSource')).toEqual(['data/links/accepted.tsv#row=2']);
    expect(about(node, '#acceptReason')[0]).toContain('died 2014');
    expect(about(`${ID}link/wikidata/person/zhen-jianghua`, '#confidence')).toEqual(['medium']);
    expect(about(`${ID}link/enwiki/person/cao-shunli`, '#awaitingWikidataItem')).toEqual(['false']);
    expect(about(`${ID}link/enwiki/person/qin-yongmin`, '#awaitingWikidataItem')).toEqual(['true']);
  });

  it.each([
    ['no reason', [{ entity: 'person/zhen-jianghua', candidate: 'Q999999010', reason: '' }], 'reason of at least'],
    ['a reason that is only the name', [{ entity: 'person/li-wenzu', candidate: 'Q999999011', reason: 'Li Wenzu — same name: Li Wenzu 李文足' }], 'only repeats the name'],
    ['two items for one entity', [
      { entity: 'person/li-wenzu', candidate: 'Q999999011', reason: 'Described as the wife of Wang Quanzhang, campaigning 2016–2018' },
      { entity: 'person/li-wenzu', candidate: 'Q999999012', reason: 'Described as a badminton player, which she is not, no no no' },
    ], 'already accepts'],
    // The marked row's candidate is then edited to Q956 (Beijing's item) below.
    ['an item already linked to another entity', [{ entity: 'person/zhen-jianghua', candidate: 'Q999999010', reason: 'Deliberately wrong: Q956 is already the link of Beijing' }], 'already linked'],
  ])('refuses %s and leaves every file as it was', async (_, changes, message) => {
    const links = linksCopy();
    const before = readFileSync(path.join(links, 'wikidata.ttl'), 'utf8');
    const file = marked(changes);
    if (changes.some((c) => c.reason.includes('Q956'))) {
      const text = readFileSync(file, 'utf8').replace(/,Q999999010,/u, ',Q956,');
      writeFileSync(file, text);
    }
    await expect(wikidataAccept([file, '--by', 'Test Curator', '--links', links])).rejects.toThrow(message);
    expect(readFileSync(path.join(links, 'wikidata.ttl'), 'utf8')).toBe(before);
    expect(() => readFileSync(path.join(links, 'accepted.tsv'))).toThrow();
  });

  it('accepts nothing from an unmarked file', async () => {
    const result = await wikidataAccept([marked([]), '--by', 'Test Curator', '--links', linksCopy()]);
    expect(result.output).toContain('nothing to accept');
  });

  it('refuses to write the project\'s data/links/ under a test runner', async () => {
    const before = readFileSync(path.join(PROJECT_LINKS_DIR, 'wikidata.ttl'), 'utf8');
    const file = marked([{ entity: 'person/cao-shunli', candidate: 'Q999999001', reason: 'Sitelink of the checked article; activist who died 2014' }]);
    await expect(wikidataAccept([file, '--by', 'Test Curator'])).rejects.toThrow('temporary copy');
    expect(readFileSync(path.join(PROJECT_LINKS_DIR, 'wikidata.ttl'), 'utf8')).toBe(before);
  });

  it('refuses made-up test items wherever the project\'s data is the target', () => {
    const row = { ...review.find((r) => r.candidate === 'Q999999001')!, accept: 'yes', reason: 'Sitelink of the checked article; activist who died 2014' };
    expect(() => acceptReview([{ row: 2, cells: row }], { curator: 'x', date: '2026-11-29', isEntity: () => true, allowTestItems: false })).toThrow('made-up test item');
  });

  it('requires --by', async () => {
    await expect(wikidataAccept([marked([]), '--links', linksCopy()])).rejects.toThrow('--by');
  });
});

describe('offline and broken answers (real CLI process)', () => {
  it('no network: a clear message, exit 69, no stack trace, nothing written', async () => {
    const port = await closedPort();
    const out = path.join(work, 'offline.csv');
    const run = runKg('wikidata', 'resolve', '--api', `http://127.0.0.1:${port}/w/api.php`, '--out', out);
    expect(run.status).toBe(69);
    expect(run.stderr).toContain('cannot reach the Wikidata API');
    expect(run.stderr).toContain('needs a network');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(() => readFileSync(out)).toThrow();
  });

  it('an answer that is not the documented JSON: exit 76', async () => {
    const broken = await startFakeWikidata(true);
    try {
      const result = await wikidataResolve(['--api', broken.api, '--out', path.join(work, 'broken.csv')]);
      expect(result.exitCode).toBe(76);
    } finally {
      await broken.stop();
    }
  });

  it('kg wikidata with no subcommand prints its usage (exit 2)', () => {
    const run = runKg('wikidata');
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('kg wikidata accept <review.csv> --by <curator>');
  });
});
