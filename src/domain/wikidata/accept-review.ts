// Which rows of a marked review file may become links. A row is accepted only when the curator
// wrote `yes` in `accept` AND a reason of their own that is more than the name (several persons of
// the report share common names: there is more than one Wang Yu). All-or-nothing: one bad marked
// row refuses the whole file, so a half-reviewed file never half-lands.
import type { AcceptedRow } from '../links/accepted-rows.js';
import { QID } from '../links/external-link.js';
import { normaliseName } from '../reconcile/name-similarity.js';
import type { ReviewRow } from './review-row.js';

/** Made-up items that tests use; they can never enter the project's data. */
export const TEST_ITEM = /^Q999999\d{3}$/u;
export const MIN_REASON_LENGTH = 20;

export class ReviewRejectedError extends Error {
  override readonly name = 'ReviewRejectedError';
  constructor(readonly problems: readonly string[]) {
    super(`nothing accepted; fix these rows and run again:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

export interface AcceptOptions {
  readonly curator: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly isEntity: (iri: string) => boolean;
  /** False when writing to the project's own data/links/: test items are refused there. */
  readonly allowTestItems: boolean;
}

const isMarked = (row: ReviewRow) => row.accept.trim().toLowerCase() === 'yes';

/** The reason with the names it could merely repeat taken out. */
function substance(row: ReviewRow): string {
  let text = normaliseName(row.reason);
  for (const name of [row.entity_label, row.entity_label_zh, row.candidate_label, row.candidate]) {
    const n = normaliseName(name);
    if (n) text = text.split(n).join(' ');
  }
  for (const filler of ['same name', 'name matches', 'matches', 'match', 'same', 'name', 'label', 'exact', 'is', 'the', 'and']) {
    text = text.replace(new RegExp(`\\b${filler}\\b`, 'gu'), ' ');
  }
  return text.replace(/\s+/gu, ' ').trim();
}

export function acceptReview(rows: readonly { row: number; cells: ReviewRow }[], options: AcceptOptions): Omit<AcceptedRow, 'source'>[] {
  const problems: string[] = [];
  const accepted: Omit<AcceptedRow, 'source'>[] = [];
  const entities = new Map<string, number>();
  if (options.curator.trim() === '') problems.push('--by <curator> names who accepts the rows');
  for (const { row, cells } of rows) {
    if (!isMarked(cells)) continue;
    const where = `row ${row} (${cells.entity_label || cells.entity} → ${cells.candidate || 'no candidate'})`;
    const before = problems.length;
    if (!QID.test(cells.candidate)) problems.push(`${where}: candidate must be a Wikidata item id like Q123`);
    if (!options.allowTestItems && TEST_ITEM.test(cells.candidate)) problems.push(`${where}: ${cells.candidate} is a made-up test item and can never enter data/links`);
    if (!options.isEntity(cells.entity)) problems.push(`${where}: ${cells.entity} is not an entity of the graph`);
    if (cells.method !== 'sitelink' && cells.method !== 'search') problems.push(`${where}: method must be sitelink or search, as the resolver wrote it`);
    if (cells.reason.trim().length < MIN_REASON_LENGTH) problems.push(`${where}: give a reason of at least ${MIN_REASON_LENGTH} characters (the evidence you checked)`);
    else if (substance(cells).length < 10) problems.push(`${where}: the reason only repeats the name; say what else identifies the person or organisation (dates, role, the report's facts)`);
    const previous = entities.get(cells.entity);
    if (previous !== undefined) problems.push(`${where}: row ${previous} already accepts an item for this entity`);
    entities.set(cells.entity, row);
    if (problems.length === before) {
      const one = (text: string) => text.replace(/\s+/gu, ' ').trim();
      accepted.push({
        entity: cells.entity, candidate: cells.candidate, candidateLabel: one(cells.candidate_label),
        candidateDescription: one(cells.candidate_description), method: cells.method as AcceptedRow['method'],
        why: one(cells.why), score: cells.score, article: cells.article, curator: one(options.curator),
        acceptedOn: options.date, reason: one(cells.reason),
      });
    }
  }
  if (problems.length > 0) throw new ReviewRejectedError(problems);
  return accepted;
}
