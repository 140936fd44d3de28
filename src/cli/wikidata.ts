// `kg wikidata <build|resolve|accept>`: the curators' tools for links to Wikidata. Links come
// only from the review record in data/links/ (see data/links/README.md); the resolver proposes,
// a curator decides, `accept` records the decision and rebuilds the links file.
import type { CommandResult } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { wikidataAccept } from './wikidata-accept.js';
import { wikidataBuild } from './wikidata-build.js';
import { wikidataResolve } from './wikidata-resolve.js';

export const WIKIDATA_USAGE = `kg wikidata — links to Wikidata, from reviewed sources only

usage:
  kg wikidata build [--links <dir>]
      regenerate data/links/wikidata.ttl from wikidata-mapping.tsv, checked/*.tsv, accepted.tsv
  kg wikidata resolve [--out review.csv] [--api <url>] [--links <dir>]
      ask Wikidata for the items of the linked Wikipedia articles (wbgetentities, by sitelink)
      and for candidates of unlinked persons and organisations (wbsearchentities, English and
      Chinese names); writes a review CSV. Needs a network. API: --api, else WIKIDATA_API, else
      https://www.wikidata.org/w/api.php
  kg wikidata accept <review.csv> --by <curator> [--links <dir>]
      record the rows a curator marked accept=yes (with a reason) in accepted.tsv and rebuild
      the links file. Rows without an explicit mark and a reason are never accepted.

exit codes: 0 ok, 2 usage error or a review row that cannot be accepted, 69 Wikidata unreachable`;

const SUBCOMMANDS: Readonly<Record<string, (args: string[]) => Promise<CommandResult>>> = {
  build: wikidataBuild,
  resolve: wikidataResolve,
  accept: wikidataAccept,
};

export async function wikidataCommand(args: string[]): Promise<CommandResult> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
    return { output: WIKIDATA_USAGE, exitCode: sub === undefined ? EXIT.usage : EXIT.ok };
  }
  const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (!run) throw new UsageError(`unknown subcommand "wikidata ${sub}"; try kg wikidata --help`);
  return run(rest);
}
