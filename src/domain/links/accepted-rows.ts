// accepted.tsv: the resolver candidates curators accepted, one row each, append-only. It is the
// review record behind every Wikidata item in the links file that is not in checked/qids.tsv.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { citedPath, type LinksFiles } from './links-files.js';
import { parseTsv, stringifyTsv } from './tsv.js';

export const ACCEPTED_COLUMNS = [
  'entity', 'candidate', 'candidate_label', 'candidate_description', 'method', 'why', 'score',
  'article', 'curator', 'accepted_on', 'reason',
] as const;

/** How the resolver found a candidate: the checked article's sitelink, or a name search. */
export type ResolveMethod = 'sitelink' | 'search';

export interface AcceptedRow {
  readonly entity: string;
  readonly candidate: string;
  readonly candidateLabel: string;
  readonly candidateDescription: string;
  readonly method: ResolveMethod;
  readonly why: string;
  readonly score: string;
  readonly article: string;
  readonly curator: string;
  readonly acceptedOn: string;
  readonly reason: string;
  /** data/links/accepted.tsv#row=N */
  readonly source: string;
}

export function readAcceptedRows(files: LinksFiles): AcceptedRow[] {
  if (!existsSync(files.accepted)) return [];
  const cited = citedPath(files.accepted, files.dir);
  return parseTsv(readFileSync(files.accepted, 'utf8'), cited, ACCEPTED_COLUMNS).map(({ row, cells }) => ({
    entity: cells.entity ?? '',
    candidate: cells.candidate ?? '',
    candidateLabel: cells.candidate_label ?? '',
    candidateDescription: cells.candidate_description ?? '',
    method: cells.method === 'sitelink' ? 'sitelink' : 'search',
    why: cells.why ?? '',
    score: cells.score ?? '',
    article: cells.article ?? '',
    curator: cells.curator ?? '',
    acceptedOn: cells.accepted_on ?? '',
    reason: cells.reason ?? '',
    source: `${cited}#row=${row}`,
  }));
}

/** Rewrites accepted.tsv with the existing rows plus `added` (cost: rewrites the small file). */
export function appendAcceptedRows(files: LinksFiles, added: readonly Omit<AcceptedRow, 'source'>[]): void {
  const rows = [...readAcceptedRows(files), ...added].map((r) => ({
    entity: r.entity,
    candidate: r.candidate,
    candidate_label: r.candidateLabel,
    candidate_description: r.candidateDescription,
    method: r.method,
    why: r.why,
    score: r.score,
    article: r.article,
    curator: r.curator,
    accepted_on: r.acceptedOn,
    reason: r.reason,
  }));
  writeFileSync(files.accepted, stringifyTsv(ACCEPTED_COLUMNS, rows));
}
