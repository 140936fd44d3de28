// `kg wikidata resolve [--out review.csv] [--api <url>]`: asks Wikidata for the items of the
// linked articles and for candidates of unlinked persons and NGOs, and writes the review CSV
// (stdout without --out). Needs a network: offline it stops with a clear message and exit 69
// (EX_UNAVAILABLE, sysexits.h) before writing anything; an answer not in Wikidata's documented
// format exits 76 (EX_PROTOCOL).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveCandidates } from '../domain/wikidata/resolve-candidates.js';
import { stringifyReview } from '../domain/wikidata/review-row.js';
import { DEFAULT_WIKIDATA_API, WikidataApi, WikidataResponseError, WikidataUnreachableError } from '../domain/wikidata/wikidata-api.js';
import { loadGraph } from '../store/load-graph.js';
import type { CommandResult } from './command.js';
import { EXIT, UsageError } from './errors.js';

export const EXIT_UNAVAILABLE = 69;
export const EXIT_PROTOCOL = 76;

/** The API base: --api, else WIKIDATA_API, else the public Wikidata API. */
export function apiUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const url = flag ?? env.WIKIDATA_API ?? DEFAULT_WIKIDATA_API;
  if (!/^https?:\/\/[^\s]+$/u.test(url)) throw new UsageError(`--api must be an http(s) URL, got "${url}"`);
  return url;
}

export async function wikidataResolve(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, api: { type: 'string' } }, strict: true });
  const api = new WikidataApi(apiUrl(values.api));
  let csv: string;
  let rows: number;
  try {
    const review = await resolveCandidates(api, loadGraph().store);
    csv = stringifyReview(review);
    rows = review.length;
  } catch (error) {
    if (error instanceof WikidataUnreachableError || error instanceof WikidataResponseError) {
      const hint = error instanceof WikidataUnreachableError
        ? '\nkg: the resolver needs a network; run it where Wikidata is reachable, or point --api (or WIKIDATA_API) at a reachable API. Nothing was written.'
        : '\nkg: nothing was written.';
      process.stderr.write(`kg: ${error.message}${hint}\n`);
      return { output: '', exitCode: error instanceof WikidataUnreachableError ? EXIT_UNAVAILABLE : EXIT_PROTOCOL };
    }
    throw error;
  }
  if (!values.out) return { output: csv.trimEnd(), exitCode: EXIT.ok };
  writeFileSync(values.out, csv);
  return {
    output: `wrote ${values.out}: ${rows} candidate rows. Mark accept=yes with a reason of your own on the rows you confirm, then: kg wikidata accept ${values.out} --by <your name>`,
    exitCode: EXIT.ok,
  };
}
