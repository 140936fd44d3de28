// `kg crosswalk build [--links <dir>]`: regenerates data/links/case-records.ttl from the crosswalk
// review record (case-records-mapping.tsv and crosswalk/*.tsv) against the bundled graph without
// its links, and prints what it wrote and which table rows the graph does not hold.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCrosswalk, crosswalkFiles } from '../domain/links/case-records.js';
import { caseRecordsTurtle } from '../domain/links/case-records-turtle.js';
import { graphLookup, graphWithoutLinks } from '../domain/links/graph-lookup.js';
import type { CommandResult } from './command.js';
import { EXIT, UsageError } from './errors.js';

export async function crosswalkCommand(args: string[]): Promise<CommandResult> {
  const [sub, ...rest] = args;
  if (sub !== 'build') throw new UsageError('usage: kg crosswalk build [--links <dir>]');
  const { values } = parseArgs({ args: rest, options: { links: { type: 'string' } }, strict: true });
  const files = crosswalkFiles(values.links);
  const built = buildCrosswalk(files, graphLookup(graphWithoutLinks()));
  writeFileSync(files.turtle, caseRecordsTurtle(built));
  const persons = new Set(built.records.map((r) => r.subject)).size;
  return {
    output: [
      `wrote ${files.turtle}: ${built.records.length} case-record links for ${persons} persons, ${built.symbols.length} report symbols`,
      ...built.notInGraph.map((row) => `  not in the graph: ${row.table} ${row.key} — ${row.note}`),
    ].join('\n'),
    exitCode: EXIT.ok,
  };
}
