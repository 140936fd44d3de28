// The review file a curator reads and marks (CSV, RFC 4180, written with csv-stringify): one
// candidate Wikidata item per row for one entity of the graph, why the resolver proposed it, a
// score, and two columns the curator fills in — `accept` ("yes" to accept) and `reason` (the
// evidence beyond the name). Nothing is accepted without both.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ResolveMethod } from '../links/accepted-rows.js';

export const REVIEW_COLUMNS = [
  'entity', 'entity_label', 'entity_label_zh', 'candidate', 'candidate_label', 'candidate_description',
  'method', 'why', 'score', 'article', 'accept', 'reason',
] as const;

export type ReviewRow = Readonly<Record<(typeof REVIEW_COLUMNS)[number], string>> & { readonly method: ResolveMethod | '' };

export class ReviewFileError extends Error {
  override readonly name = 'ReviewFileError';
}

export function stringifyReview(rows: readonly ReviewRow[]): string {
  return stringify(rows.map((r) => REVIEW_COLUMNS.map((c) => r[c])), { header: true, columns: [...REVIEW_COLUMNS], record_delimiter: 'unix' });
}

/** Parses a review CSV (possibly re-saved by a spreadsheet: BOM, CRLF, extra columns). */
export function parseReview(text: string, file: string): { row: number; cells: ReviewRow }[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
  } catch (error) {
    throw new ReviewFileError(`${file}: not a readable CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  const first = records[0];
  const missing = first ? REVIEW_COLUMNS.filter((c) => !(c in first)) : [];
  if (missing.length > 0) throw new ReviewFileError(`${file}: missing column(s) ${missing.join(', ')}; start from a file written by kg wikidata resolve`);
  return records.map((cells, i) => ({
    row: i + 2,
    cells: Object.fromEntries(REVIEW_COLUMNS.map((c) => [c, cells[c] ?? ''])) as ReviewRow,
  }));
}
