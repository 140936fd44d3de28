// `kg wikidata build [--links <dir>]`: regenerates data/links/wikidata.ttl from the review record
// (wikidata-mapping.tsv, checked/*.tsv, accepted.tsv) and prints what it wrote and which table
// rows the graph does not hold.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildLinks, type BuiltLinks } from '../domain/links/build-links.js';
import { graphLookup, graphWithoutLinks } from '../domain/links/graph-lookup.js';
import { linksFiles, type LinksFiles } from '../domain/links/links-files.js';
import { linksTurtle } from '../domain/links/links-turtle.js';
import type { CommandResult } from './command.js';
import { EXIT } from './errors.js';

/** Builds the links of a links folder against the bundled graph and writes its wikidata.ttl. */
export function writeLinksFile(files: LinksFiles): BuiltLinks {
  const built = buildLinks(files, graphLookup(graphWithoutLinks()));
  writeFileSync(files.turtle, linksTurtle(built.links));
  return built;
}

export function summarise(built: BuiltLinks, file: string): string {
  const items = built.links.filter((l) => l.kind === 'item').length;
  const awaiting = built.links.filter((l) => l.kind === 'article' && l.awaitingItem).length;
  return [
    `wrote ${file}: ${items} Wikidata item links, ${built.links.length - items} article links (${awaiting} awaiting their Wikidata item)`,
    ...(built.notInGraph.length > 0 ? [`table rows the graph does not hold (${built.notInGraph.length}):`] : []),
    ...built.notInGraph.map((row) => `  ${row.table}: ${row.entity} (${row.target}) — ${row.note}`),
  ].join('\n');
}

export async function wikidataBuild(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({ args, options: { links: { type: 'string' } }, strict: true });
  const files = linksFiles(values.links);
  return { output: summarise(writeLinksFile(files), files.turtle), exitCode: EXIT.ok };
}
