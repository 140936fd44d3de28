// The links part of the graph against its review record: every Wikidata item in the data is a
// checked QID (checked/qids.tsv) or a curator-accepted resolver row (accepted.tsv); the links file
// is exactly what the record generates; every direct link has its qualified, sourced link node.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { readAcceptedRows } from '../../src/domain/links/accepted-rows.js';
import { buildLinks } from '../../src/domain/links/build-links.js';
import { LINKSETS, qidOf } from '../../src/domain/links/external-link.js';
import { graphLookup, graphWithoutLinks } from '../../src/domain/links/graph-lookup.js';
import { linksFiles } from '../../src/domain/links/links-files.js';
import { linksTurtle } from '../../src/domain/links/links-turtle.js';
import { parseTsv } from '../../src/domain/links/tsv.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { LINK, NS, RDF_TYPE } from '../../src/vocab.js';

const files = linksFiles();
const { store, parts } = loadGraph();
const qidsTable = parseTsv(readFileSync(files.qids, 'utf8'), 'qids.tsv', ['qid']).map((r) => r.cells.qid);
const accepted = readAcceptedRows(files).map((r) => r.candidate);
const reviewed = new Set([...qidsTable, ...accepted]);

const linkTtlFiles = readdirSync(files.dir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ttl'))
  .map((name) => path.join(files.dir, name));

describe('Wikidata items in the graph', () => {
  it('every item IRI in any part of the graph is a reviewed QID', () => {
    const items = store
      .getQuads(null, null, null, null)
      .flatMap((q) => [q.subject, q.object])
      .filter((t) => t.termType === 'NamedNode' && t.value.startsWith(NS.wd.iri))
      .map((t) => t.value);
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((iri) => !reviewed.has(qidOf(iri) ?? iri))).toEqual([]);
  });

  it('every QID written anywhere in data/links/*.ttl (IRIs and literals) is in checked/qids.tsv or accepted.tsv', () => {
    const written = linkTtlFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bQ[1-9]\d*\b/gu)].map((m) => m[0]));
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((qid) => !reviewed.has(qid))).toEqual([]);
  });

  it('no made-up test item (Q999999xxx) is in the review record', () => {
    expect([...reviewed].filter((qid) => /^Q999999\d{3}$/u.test(qid ?? ''))).toEqual([]);
  });

  it('nothing is linked with owl:sameAs', () => {
    expect(store.getQuads(null, NS.owl('sameAs'), null, null)).toEqual([]);
  });

  it('the checked tables are the shared ones, unchanged (when ../shared is present)', () => {
    const shared = path.join(PROJECT_ROOT, '..', 'shared', 'wikidata');
    if (!existsSync(shared)) return; // a clone elsewhere has only the copies
    for (const name of ['qids.tsv', 'enwiki.tsv']) {
      expect(readFileSync(path.join(files.dir, 'checked', name), 'utf8')).toBe(readFileSync(path.join(shared, name), 'utf8'));
    }
  });
});

describe('the review record', () => {
  const built = buildLinks(files, graphLookup(graphWithoutLinks()));

  it('data/links/wikidata.ttl is exactly what `kg wikidata build` generates from it', () => {
    expect(readFileSync(files.turtle, 'utf8')).toBe(linksTurtle(built.links));
  });

  it('maps every row of both checked tables exactly once (a link, or "-" for rows the graph lacks)', () => {
    const qids = parseTsv(readFileSync(files.qids, 'utf8'), 'q', ['entity']).length;
    const enwiki = parseTsv(readFileSync(files.enwiki, 'utf8'), 'e', ['entity']).length;
    expect(built.links.length - accepted.length + built.notInGraph.length).toBe(qids + enwiki);
  });

  it('holds 29 item links, 18 article links awaiting their item, and 3 table rows the graph lacks', () => {
    expect(built.links.filter((l) => l.kind === 'item')).toHaveLength(29 + accepted.length);
    expect(built.links.filter((l) => l.kind === 'article' && l.awaitingItem)).toHaveLength(18 - accepted.length);
    expect(built.notInGraph.map((r) => r.target).sort()).toEqual(['Q220563', 'Q656812', 'Q770764']);
  });

  it('never links the High Commissioner (an office-holder) to OHCHR (Q656812)', () => {
    const hc = `${NS.id.iri}un/high-commissioner-for-human-rights`;
    expect(store.getObjects(hc, LINK.sameAs, null)).toEqual([]);
    expect(store.getSubjects(null, NS.wd('Q656812'), null)).toEqual([]);
  });

  it.each([
    ['place/beijing', 'http://www.wikidata.org/entity/Q956'],
    ['un/cescr', 'http://www.wikidata.org/entity/Q1428380'],
    ['person/wang-yu-lawyer', 'https://en.wikipedia.org/wiki/Wang_Yu_(lawyer)'],
    ['organisation/international-service-for-human-rights', 'https://en.wikipedia.org/wiki/International_Service_for_Human_Rights'],
  ])('id/%s schema:sameAs <%s>', (local, target) => {
    expect(store.getObjects(NS.id(local), LINK.sameAs, null).map((t) => t.value)).toEqual([target]);
  });

  it('links the SKOS concept human rights defender with skos:exactMatch', () => {
    expect(store.getObjects(NS.role('human-rights-defender'), LINK.exactMatch, null).map((t) => t.value)).toEqual([NS.wd('Q1476215')]);
  });
});

describe('direct triples, link nodes and linksets agree', () => {
  const links = parts.get('links') ?? [];
  const direct = links.filter((q) => q.predicate.value === LINK.sameAs || q.predicate.value === LINK.exactMatch);
  const nodes = store.getSubjects(LINK.linkSubject, null, null);

  it('each direct triple has exactly one link node stating it, with provenance', () => {
    expect(direct.length).toBe(47 + accepted.length);
    for (const q of direct) {
      const stating = nodes.filter(
        (n) =>
          store.countQuads(n, LINK.linkSubject, q.subject, null) === 1 &&
          store.countQuads(n, LINK.linkProperty, q.predicate, null) === 1 &&
          store.countQuads(n, LINK.linkTarget, q.object, null) === 1,
      );
      expect(stating, `${q.subject.value} → ${q.object.value}`).toHaveLength(1);
      const node = stating[0]!;
      for (const p of [LINK.confidence, LINK.checkedHow, LINK.checkedSource, LINK.reviewedBy, LINK.reviewedOn]) {
        expect(store.countQuads(node, p, null, null), `${node.value} ${p}`).toBe(1);
      }
    }
    expect(nodes).toHaveLength(direct.length);
  });

  it.each(Object.values(LINKSETS))('linkset %s counts its triples (void:triples)', (linkset) => {
    const predicate = store.getObjects(linkset, NS.void('linkPredicate'), null)[0];
    const members = store.getSubjects(NS.void('inDataset'), linkset, null);
    const declared = Number(store.getObjects(linkset, NS.void('triples'), null)[0]?.value);
    expect(store.countQuads(linkset, RDF_TYPE, NS.void('Linkset'), null)).toBe(1);
    expect(members.length).toBe(declared);
    for (const m of members) expect(store.getObjects(m, LINK.linkProperty, null)[0]?.value).toBe(predicate?.value);
  });
});
