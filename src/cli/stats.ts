// `kg stats [--data <file|dir>]...`: triples (per part), entities per class, acts per act type.
import { parseArgs } from 'node:util';
import { graphStats, type Count, type GraphStats } from '../domain/stats.js';
import { loadGraph } from '../store/load-graph.js';
import type { CommandResult } from './command.js';
import { graphFilesFor } from './data-option.js';
import { EXIT } from './errors.js';
import { compactIri } from './render-term.js';
import { textTable } from './text-table.js';

export async function statsCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', multiple: true }, json: { type: 'boolean' } },
    strict: true,
  });
  const { store, parts } = loadGraph(graphFilesFor(values.data));
  const stats = graphStats(store, parts);
  return { output: values.json ? JSON.stringify(stats, null, 2) : formatStats(stats), exitCode: EXIT.ok };
}

export function formatStats(stats: GraphStats): string {
  const parts = Object.entries(stats.triplesPerPart)
    .map(([part, count]) => `${part} ${count}`)
    .join(', ');
  return [
    `triples: ${stats.triples}${parts ? ` (${parts})` : ''}`,
    '',
    'entities per class',
    countTable('class', stats.entitiesPerClass),
    '',
    'acts per act type',
    countTable('act type', stats.actsPerActType),
  ].join('\n');
}

function countTable(title: string, counts: readonly Count[]): string {
  return textTable(
    [title, 'count', 'label'],
    counts.map((c) => [compactIri(c.iri), String(c.count), c.label ?? '']),
  );
}
