// From the review record to the links: every row of the hand-reviewed mapping
// (wikidata-mapping.tsv: graph IRI → row of checked/qids.tsv or checked/enwiki.tsv, matched by
// the row's exact `entity` cell, never by a label of the graph) and every accepted resolver row
// (accepted.tsv) becomes one ExternalLink. Rows the mapping marks "-" are table entries the graph
// does not hold; they are returned so the report can list them. Pure apart from reading files.
import { readFileSync, existsSync } from 'node:fs';
import { ENWIKI_ARTICLE, LINK } from '../../vocab.js';
import { readAcceptedRows } from './accepted-rows.js';
import { citedPath, type LinksFiles } from './links-files.js';
import { itemIri, QID, type Confidence, type ExternalLink } from './external-link.js';
import { parseTsv, type TsvRow } from './tsv.js';

/** A mapping or table row that cannot become a link; the message names file and row. */
export class LinkReviewError extends Error {
  override readonly name = 'LinkReviewError';
}

export interface GraphLookup {
  /** True when the IRI is an entity of the graph. */
  has(iri: string): boolean;
  /** True when the IRI is a skos:Concept (linked with skos:exactMatch). */
  isConcept(iri: string): boolean;
}

export interface UnmappedRow {
  readonly table: string;
  readonly entity: string;
  readonly target: string;
  readonly note: string;
}

export interface BuiltLinks {
  readonly links: ExternalLink[];
  readonly notInGraph: UnmappedRow[];
}

const HOW = {
  qids: 'QID seen next to its label in a public Wikidata-derived source (shared/wikidata/qids.tsv); mapped to this entity by hand in data/links/wikidata-mapping.tsv',
  enwiki: 'English Wikipedia article seen in a public source (shared/wikidata/enwiki.tsv); mapped to this entity by hand in data/links/wikidata-mapping.tsv; its Wikidata item is not known offline',
} as const;

export function buildLinks(files: LinksFiles, graph: GraphLookup): BuiltLinks {
  const read = (file: string, required: readonly string[]) => parseTsv(readFileSync(file, 'utf8'), citedPath(file, files.dir), required);
  const qids = read(files.qids, ['entity', 'qid', 'wikidata_label', 'confidence']);
  const enwiki = read(files.enwiki, ['entity', 'enwiki']);
  const mapping = read(files.mapping, ['iri', 'table', 'entity', 'confidence', 'curator', 'checked_on']);
  const accepted = existsSync(files.accepted) ? readAcceptedRows(files) : [];

  const links: ExternalLink[] = [];
  const notInGraph: UnmappedRow[] = [];
  const where = (row: TsvRow) => `${citedPath(files.mapping, files.dir)}#row=${row.row}`;
  const used = new Set<string>();

  for (const row of mapping) {
    const { iri = '', table = '', entity = '', confidence: given = '', curator = '', checked_on: on = '', note = '' } = row.cells;
    const rows = table === 'qids.tsv' ? qids : table === 'enwiki.tsv' ? enwiki : undefined;
    if (!rows) throw new LinkReviewError(`${where(row)}: table must be qids.tsv or enwiki.tsv, not "${table}"`);
    const matches = rows.filter((r) => r.cells.entity === entity);
    if (matches.length !== 1) throw new LinkReviewError(`${where(row)}: ${table} has ${matches.length} rows with entity "${entity}" (exactly one needed)`);
    const source = matches[0] as TsvRow;
    const key = `${table}\t${entity}`;
    if (used.has(key)) throw new LinkReviewError(`${where(row)}: ${table} row "${entity}" is mapped twice`);
    used.add(key);
    const target = table === 'qids.tsv' ? (source.cells.qid ?? '') : (source.cells.enwiki ?? '');
    if (iri === '-') {
      notInGraph.push({ table, entity, target, note });
      continue;
    }
    if (!graph.has(iri)) throw new LinkReviewError(`${where(row)}: ${iri} is not an entity of the graph`);
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(on) || curator === '') throw new LinkReviewError(`${where(row)}: a curator and a checked_on date (YYYY-MM-DD) are required`);
    const checkedSource = `${citedPath(table === 'qids.tsv' ? files.qids : files.enwiki, files.dir)}#row=${source.row}`;
    const common = { subject: iri, reviewedBy: curator, reviewedOn: on, checkedSource, ...(note ? { note } : {}) };
    if (table === 'qids.tsv') {
      if (!QID.test(target)) throw new LinkReviewError(`${checkedSource}: "${target}" is not a QID`);
      const confidence = source.cells.confidence;
      if (confidence !== 'high' && confidence !== 'medium') throw new LinkReviewError(`${checkedSource}: confidence must be high or medium`);
      if (given !== '' && given !== confidence) throw new LinkReviewError(`${where(row)}: confidence "${given}" contradicts the table's "${confidence}"`);
      links.push({
        ...common,
        kind: 'item',
        target: itemIri(target),
        property: graph.isConcept(iri) ? LINK.exactMatch : LINK.sameAs,
        targetLabel: source.cells.wikidata_label ?? '',
        confidence: confidence as Confidence,
        checkedHow: HOW.qids,
      });
    } else {
      if (!target.startsWith(ENWIKI_ARTICLE)) throw new LinkReviewError(`${checkedSource}: "${target}" is not an English Wikipedia article URL`);
      if (given !== 'high' && given !== 'medium') throw new LinkReviewError(`${where(row)}: an article row needs a confidence, high or medium`);
      links.push({ ...common, kind: 'article', target, property: LINK.sameAs, confidence: given, checkedHow: HOW.enwiki, awaitingItem: true });
    }
  }

  for (const row of accepted) {
    if (!graph.has(row.entity)) throw new LinkReviewError(`${row.source}: ${row.entity} is not an entity of the graph`);
    links.push({
      subject: row.entity,
      kind: 'item',
      target: itemIri(row.candidate),
      property: graph.isConcept(row.entity) ? LINK.exactMatch : LINK.sameAs,
      targetLabel: row.candidateLabel,
      confidence: row.method === 'sitelink' ? 'high' : 'medium',
      checkedHow: row.method === 'sitelink'
        ? `Wikidata item of the checked article ${row.article}, by its enwiki sitelink (wbgetentities); accepted by a curator after review`
        : 'candidate found by name search (wbsearchentities) and confirmed by a curator from other evidence',
      checkedSource: row.source,
      reviewedBy: row.curator,
      reviewedOn: row.acceptedOn,
      matchReason: row.why,
      acceptReason: row.reason,
    });
  }

  return { links: resolveAwaiting(checkConflicts(links)), notInGraph };
}

/** An article stops awaiting its item once the same entity has an item link. */
function resolveAwaiting(links: ExternalLink[]): ExternalLink[] {
  const withItem = new Set(links.filter((l) => l.kind === 'item').map((l) => l.subject));
  return links.map((l) => (l.kind === 'article' ? { ...l, awaitingItem: !withItem.has(l.subject) } : l));
}

/** One item per entity and one entity per item: a second Wang Yu can never share a link. */
function checkConflicts(links: ExternalLink[]): ExternalLink[] {
  const bySubject = new Map<string, ExternalLink>();
  const byTarget = new Map<string, ExternalLink>();
  for (const link of links) {
    const key = `${link.kind}\t${link.subject}`;
    const previous = bySubject.get(key);
    if (previous && previous.target !== link.target) {
      throw new LinkReviewError(`${link.checkedSource}: ${link.subject} is already linked to ${previous.target} (${previous.checkedSource})`);
    }
    if (previous) throw new LinkReviewError(`${link.checkedSource}: ${link.subject} → ${link.target} is recorded twice (${previous.checkedSource})`);
    const other = byTarget.get(link.target);
    if (other) throw new LinkReviewError(`${link.checkedSource}: ${link.target} is already linked to ${other.subject} (${other.checkedSource})`);
    bySubject.set(key, link);
    byTarget.set(link.target, link);
  }
  return links;
}
