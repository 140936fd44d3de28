// The graph against the report's text: every person the report names is in the graph with the
// names exactly as printed; nothing the report gives as contact details leaks into the graph;
// every fact node cites a passage; no Wikidata identifier enters outside the reviewed links files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SOURCE_TEXT_FILE } from '../../src/config.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { NS, RDF_TYPE, RDFS_LABEL, REP } from '../../src/vocab.js';

const text = readFileSync(SOURCE_TEXT_FILE, 'utf8');
/** The report as published (../shared/source, beside the project in CI); absent in a lone clone. */
const SHARED_SOURCE = path.join(PROJECT_ROOT, '..', 'shared', 'source', path.basename(SOURCE_TEXT_FILE));
const graph = loadGraph();
const { store } = graph;

function labels(iri: string, lang: string): string[] {
  return store
    .getObjects(iri, RDFS_LABEL, null)
    .filter((term) => term.termType === 'Literal' && term.language === lang)
    .map((term) => term.value);
}

const persons = store.getSubjects(RDF_TYPE, REP.Person, null).map((term) => term.value);

/** "Cao Shunli (曹顺利)" — every name the report prints with its Chinese form. */
const printedPairs = [...text.matchAll(/([A-Z][a-z]+(?: [A-Z][a-z]+)+) \(([\u3400-\u9fff]+)\)/gu)].map(
  (m) => [m[1] ?? '', m[2] ?? ''] as const,
);

/** Persons the report names without a Chinese form. */
const namedInLatinOnly = ['Philip Alston', 'Dolkun Isa', 'Renee Xia', 'Victor Clemens', 'Frances Eve'];

describe('persons of the report', () => {
  it('the report prints twenty distinct names with their Chinese form', () => {
    expect(new Set(printedPairs.map(([en]) => en)).size).toBe(20);
  });

  it.each(printedPairs)('%s (%s) is a person with both names exactly as printed', (en, zh) => {
    const matches = persons.filter((p) => labels(p, 'en').includes(en));
    expect(matches).toHaveLength(1);
    expect(labels(matches[0] ?? '', 'zh')).toEqual([zh]);
  });

  it.each(namedInLatinOnly)('%s is a person with an English name and no Chinese one', (en) => {
    expect(text).toContain(en);
    const matches = persons.filter((p) => labels(p, 'en').includes(en));
    expect(matches).toHaveLength(1);
    expect(labels(matches[0] ?? '', 'zh')).toEqual([]);
  });

  it('holds exactly these 25 persons and no one else', () => {
    const names = persons.flatMap((p) => labels(p, 'en')).sort();
    const expected = [...new Set([...printedPairs.map(([en]) => en), ...namedInLatinOnly])].sort();
    expect(names).toEqual(expected);
    expect(names).toHaveLength(25);
  });
});

describe('data ethics', () => {
  const literals = [...new Set(store.getQuads(null, null, null, null).map((q) => q.object))]
    .filter((term) => term.termType === 'Literal')
    .map((term) => term.value);

  it.each([
    ['phone numbers', /\+\d{1,3}[ \d]{6,}/u],
    ['e-mail addresses', /\[at\]|@[a-z0-9-]+\.[a-z]{2,}/iu],
    ['social-media handles', /(?:^|\s)@[A-Za-z_]\w+/u],
    ['the NGO staff mail domain', /nchrd\.org/u],
  ])('no literal holds %s', (_, pattern) => {
    expect(literals.filter((value) => pattern.test(value))).toEqual([]);
  });

  it.each([
    ['phone numbers', /\+\d{1,3}[ \d]{6,}/u],
    ['e-mail addresses', /\[at\]/u],
    ['social-media handles', /Twitter|(?:^|\s)@[A-Za-z_]\w+/u],
  ])('the project copy of the report holds no %s (its Contacts block is withheld, offsets kept)', (_, pattern) => {
    expect(text).not.toMatch(pattern);
    expect(text.match(/\[contact details withheld\]/gu)?.length).toBe(3);
  });

  // The original, as published, does hold them: so the patterns above can fail.
  it.skipIf(!existsSync(SHARED_SOURCE))('the published report (../shared/source) does hold such details', () => {
    const original = readFileSync(SHARED_SOURCE, 'utf8');
    expect(original).toMatch(/\+1 863 866 1012/u);
    expect(original).toMatch(/reneexia\[at\]nchrd\.org/u);
    expect(original).toMatch(/@ReneeXiaCHRD/u);
    expect([...original].length).toBe([...text].length);
  });

  it('no Wikidata item appears outside the links files (data/links/)', () => {
    const outside = (graph.parts.get('ontology') ?? [])
      .concat(graph.parts.get('data') ?? [])
      .flatMap((q) => [q.subject.value, q.object.value])
      .filter((value) => value.startsWith(NS.wd.iri) || value.includes('wikidata.org'));
    expect(outside).toEqual([]);
  });
});

describe('provenance', () => {
  const factClasses = [
    REP.ReprisalAct,
    REP.UNEngagement,
    REP.LegalProceeding,
    REP.Sentence,
    REP.PersonalRelation,
    REP.Affiliation,
    REP.CaseRaising,
    REP.Recommendation,
    NS.rep('StatePosition'),
  ];

  it.each(factClasses)('every %s cites at least one source passage', (cls) => {
    const facts = store.getSubjects(RDF_TYPE, cls, null).map((t) => t.value);
    expect(facts.length).toBeGreaterThan(0);
    const unsourced = facts.filter((fact) =>
      store.getObjects(fact, REP.source, null).every((p) => store.countQuads(p, RDF_TYPE, REP.SourcePassage, null) === 0),
    );
    expect(unsourced).toEqual([]);
  });
});
