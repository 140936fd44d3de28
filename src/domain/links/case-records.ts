// From the crosswalk review record to links: every row of data/links/case-records-mapping.tsv
// (graph IRI → one row of a checked crosswalk table, named by its exact `url` cell, or `symbol`
// for sg-reports.tsv; never matched by a label of the graph) becomes a CaseRecord (a person's
// other record of the case) or a DocumentSymbol (a reprisals report's UN symbol). Every URL comes
// from the tables in data/links/crosswalk/ (copies of shared/crosswalk/); nothing is built from
// a pattern. Pure apart from reading the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../../config.js';
import { LinkReviewError, type GraphLookup } from './build-links.js';
import { citedPath } from './links-files.js';
import { parseTsv, type TsvRow } from './tsv.js';

export interface CrosswalkFiles {
  readonly dir: string;
  readonly mapping: string;
  readonly ishr: string;
  readonly casePages: string;
  readonly sgReports: string;
  readonly ishrFields: string;
  readonly turtle: string;
}

export function crosswalkFiles(dir: string = path.join(DATA_DIR, 'links')): CrosswalkFiles {
  const tables = path.join(dir, 'crosswalk');
  return {
    dir,
    mapping: path.join(dir, 'case-records-mapping.tsv'),
    ishr: path.join(tables, 'ishr-end-reprisals.tsv'),
    casePages: path.join(tables, 'case-pages.tsv'),
    sgReports: path.join(tables, 'sg-reports.tsv'),
    ishrFields: path.join(tables, 'ishr-fields.tsv'),
    turtle: path.join(dir, 'case-records.ttl'),
  };
}

interface Review {
  readonly subject: string;
  readonly checkedSource: string;
  readonly checkedHow: string;
  readonly reviewedBy: string;
  readonly reviewedOn: string;
  readonly note?: string;
}

export interface CaseRecord extends Review {
  readonly url: string;
  /** ISHR, CHRD, Front Line Defenders, UN special procedures. */
  readonly publisher: string;
  readonly kind: string;
  /** BCP 47 tag of the page's language. */
  readonly language: string;
  readonly title?: string;
  readonly ishrCode?: string;
  readonly reportYear?: string;
}

export interface DocumentSymbol extends Review {
  readonly symbol: string;
  readonly reportYear: string;
  readonly paragraphs?: string;
}

export interface BuiltCrosswalk {
  readonly records: CaseRecord[];
  readonly symbols: DocumentSymbol[];
  /** Table rows mapped to "-": held by the tables, not by the graph. */
  readonly notInGraph: { readonly table: string; readonly key: string; readonly note: string }[];
}

const HOW = 'URL seen character for character in a stored public copy of the page (shared/crosswalk/, looked up 2026-11-30); mapped to this entity by hand in data/links/case-records-mapping.tsv';
const HOW_SYMBOL = 'document symbol of the report of this year as a stored public page cites it (shared/crosswalk/sg-reports.tsv); mapped to this report by hand in data/links/case-records-mapping.tsv';

export function buildCrosswalk(files: CrosswalkFiles, graph: GraphLookup): BuiltCrosswalk {
  const read = (file: string, required: readonly string[]) => parseTsv(readFileSync(file, 'utf8'), citedPath(file, files.dir), required);
  const tables: Record<string, { file: string; key: string; rows: TsvRow[] }> = {
    'ishr-end-reprisals.tsv': { file: files.ishr, key: 'url', rows: read(files.ishr, ['person', 'url', 'kind', 'code', 'report_year', 'title_as_shown']) },
    'case-pages.tsv': { file: files.casePages, key: 'url', rows: read(files.casePages, ['person', 'publisher', 'kind', 'url', 'language']) },
    'sg-reports.tsv': { file: files.sgReports, key: 'symbol', rows: read(files.sgReports, ['report_year', 'symbol', 'paragraphs_on_these_cases', 'paragraph_seen_cited']) },
  };
  const mapping = read(files.mapping, ['iri', 'table', 'key', 'curator', 'checked_on', 'note']);
  const out: BuiltCrosswalk = { records: [], symbols: [], notInGraph: [] };
  const seen = new Set<string>();
  for (const row of mapping) {
    const where = `${citedPath(files.mapping, files.dir)}#row=${row.row}`;
    const { iri = '', table = '', key = '', curator = '', checked_on: on = '', note = '' } = row.cells;
    const source = tables[table];
    if (!source) throw new LinkReviewError(`${where}: table must be one of ${Object.keys(tables).join(', ')}, not "${table}"`);
    const matches = source.rows.filter((r) => r.cells[source.key] === key);
    if (matches.length !== 1) throw new LinkReviewError(`${where}: ${table} has ${matches.length} rows with ${source.key} "${key}" (exactly one needed)`);
    const cells = (matches[0] as TsvRow).cells;
    if (seen.has(`${iri}\t${table}\t${key}`)) throw new LinkReviewError(`${where}: ${iri} → ${key} is mapped twice`);
    seen.add(`${iri}\t${table}\t${key}`);
    if (iri === '-') {
      out.notInGraph.push({ table, key, note });
      continue;
    }
    if (!graph.has(iri)) throw new LinkReviewError(`${where}: ${iri} is not an entity of the graph`);
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(on) || curator === '') throw new LinkReviewError(`${where}: a curator and a checked_on date (YYYY-MM-DD) are required`);
    const review: Review = {
      subject: iri,
      checkedSource: `${citedPath(source.file, files.dir)}#row=${(matches[0] as TsvRow).row}`,
      checkedHow: table === 'sg-reports.tsv' ? HOW_SYMBOL : HOW,
      reviewedBy: curator,
      reviewedOn: on,
      ...(note ? { note } : {}),
    };
    if (table === 'sg-reports.tsv') {
      const evidence = cells.evidence ? `table evidence: ${cells.evidence}` : '';
      const joined = [note, evidence].filter((n) => n !== '').join('; ');
      out.symbols.push({ ...review, ...(joined ? { note: joined } : {}), symbol: key, reportYear: cells.report_year ?? '', ...(cells.paragraph_seen_cited === 'yes' ? { paragraphs: cells.paragraphs_on_these_cases ?? '' } : {}) });
    } else if (table === 'ishr-end-reprisals.tsv') {
      out.records.push({
        ...review,
        url: key,
        publisher: 'ISHR',
        kind: cells.kind ?? '',
        language: 'en',
        ...(cells.title_as_shown ? { title: cells.title_as_shown } : {}),
        ...(cells.code ? { ishrCode: cells.code } : {}),
        ...(cells.report_year ? { reportYear: cells.report_year } : {}),
      });
    } else {
      out.records.push({ ...review, url: key, publisher: cells.publisher ?? '', kind: cells.kind ?? '', language: cells.language ?? '' });
    }
  }
  for (const record of out.records) {
    if (!/^https?:\/\/[^\s<>"]+$/u.test(record.url)) throw new LinkReviewError(`${record.checkedSource}: "${record.url}" is not an http(s) URL`);
  }
  out.records.sort((a, b) => a.subject.localeCompare(b.subject) || a.url.localeCompare(b.url));
  out.symbols.sort((a, b) => a.subject.localeCompare(b.subject));
  return out;
}

/** The link node of a record: derived from subject and URL, so a rebuild never renames it. */
export function recordNodeIri(base: string, record: Pick<CaseRecord, 'subject' | 'url'>): string {
  const local = record.subject.startsWith(`${base}id/`) ? record.subject.slice(base.length + 3) : encodeURIComponent(record.subject);
  const slug = record.url.replace(/^https?:\/\/(?:www\.)?/u, '').replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase();
  return `${base}id/link/case-record/${local}/${slug}`;
}

export function symbolNodeIri(base: string, symbol: Pick<DocumentSymbol, 'subject'>): string {
  const local = symbol.subject.startsWith(`${base}id/`) ? symbol.subject.slice(base.length + 3) : encodeURIComponent(symbol.subject);
  return `${base}id/link/document-symbol/${local}`;
}
