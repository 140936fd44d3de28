// `kg wikidata accept <review.csv> --by <curator> [--links <dir>] [--date YYYY-MM-DD]`: records
// the rows a curator marked (accept=yes and a reason) in accepted.tsv, with who and when, and
// rebuilds the links file. All-or-nothing: a bad marked row, or a link that would conflict with
// an existing one, leaves every file as it was. Made-up test items (Q999999xxx) are refused in the
// project's data/links/, and under a test runner the project's data/links/ is refused outright.
import { existsSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendAcceptedRows } from '../domain/links/accepted-rows.js';
import { LinkReviewError } from '../domain/links/build-links.js';
import { graphLookup, graphWithoutLinks } from '../domain/links/graph-lookup.js';
import { linksFiles, PROJECT_LINKS_DIR } from '../domain/links/links-files.js';
import { TsvFormatError } from '../domain/links/tsv.js';
import { acceptReview, ReviewRejectedError } from '../domain/wikidata/accept-review.js';
import { parseReview, ReviewFileError } from '../domain/wikidata/review-row.js';
import type { CommandResult } from './command.js';
import { EXIT, InputFileError, UsageError } from './errors.js';
import { summarise, writeLinksFile } from './wikidata-build.js';

export async function wikidataAccept(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args,
    options: { by: { type: 'string' }, links: { type: 'string' }, date: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [reviewFile, ...extra] = positionals;
  if (!reviewFile || extra.length > 0) throw new UsageError('usage: kg wikidata accept <review.csv> --by <curator>');
  if (!values.by?.trim()) throw new UsageError('--by <curator> is required: every accepted link records who accepted it');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new UsageError('--date must be YYYY-MM-DD');
  if (!existsSync(reviewFile)) throw new InputFileError(`no such review file: ${reviewFile}`);

  const files = linksFiles(values.links ? path.resolve(values.links) : undefined);
  const intoProject = path.resolve(files.dir) === path.resolve(PROJECT_LINKS_DIR);
  if (intoProject && (process.env.VITEST || process.env.NODE_ENV === 'test')) {
    throw new UsageError('refusing to write the project\'s data/links/ under a test runner; pass --links <a temporary copy>');
  }
  if (!existsSync(files.mapping)) throw new InputFileError(`${files.dir} is not a links folder (no wikidata-mapping.tsv)`);

  const snapshot = existsSync(files.accepted) ? readFileSync(files.accepted, 'utf8') : undefined;
  const turtle = readFileSync(files.turtle, 'utf8');
  try {
    const graph = graphLookup(graphWithoutLinks());
    const rows = parseReview(readFileSync(reviewFile, 'utf8'), reviewFile);
    const accepted = acceptReview(rows, { curator: values.by, date, isEntity: graph.has, allowTestItems: !intoProject });
    if (accepted.length === 0) return { output: `nothing to accept: no row of ${reviewFile} is marked accept=yes`, exitCode: EXIT.ok };
    appendAcceptedRows(files, accepted);
    const built = writeLinksFile(files);
    return { output: `accepted ${accepted.length} row(s) by ${values.by.trim()} into ${files.accepted}\n${summarise(built, files.turtle)}`, exitCode: EXIT.ok };
  } catch (error) {
    if (snapshot === undefined) rmSync(files.accepted, { force: true });
    else writeFileSync(files.accepted, snapshot);
    writeFileSync(files.turtle, turtle);
    if (error instanceof ReviewRejectedError || error instanceof ReviewFileError || error instanceof LinkReviewError || error instanceof TsvFormatError) {
      throw new UsageError(error.message);
    }
    throw error;
  }
}
