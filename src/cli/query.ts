// `kg query <file.rq> | -e "<SPARQL>"  [--format table|json|csv|tsv] [--data <file|dir>]...`:
// runs a SPARQL 1.1 query with Oxigraph in-process over the graph.
// json/csv/tsv are Oxigraph's own serialisations (SPARQL 1.1 Query Results JSON, CSV and TSV;
// JSON-LD for CONSTRUCT/DESCRIBE); `table` is an aligned text table with prefixed names.
// Cost: loading the graph into Oxigraph dominates (tens of ms for the bundled data).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createOxigraphStore, type OxigraphStore } from '../store/oxigraph-store.js';
import type { GraphFile } from '../store/graph-files.js';
import { parseTurtleFile } from '../store/parse-turtle.js';
import type { CommandResult } from './command.js';
import { graphFilesFor } from './data-option.js';
import { EXIT, InputFileError, QuerySyntaxError, UsageError } from './errors.js';
import { queryResultsTable } from './results-table.js';

export const QUERY_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export async function queryCommand(args: string[]): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      expr: { type: 'string', short: 'e' },
      format: { type: 'string', short: 'f', default: 'table' },
      data: { type: 'string', multiple: true },
    },
    allowPositionals: true,
    strict: true,
  });
  const format = values.format as QueryFormat;
  if (!QUERY_FORMATS.includes(format)) {
    throw new UsageError(`unknown --format "${values.format}"; use one of ${QUERY_FORMATS.join(', ')}`);
  }
  const { text, source } = readQuery(values.expr, positionals);
  const store = loadStore(graphFilesFor(values.data));
  return { output: runQuery(store, text, source, format), exitCode: EXIT.ok };
}

function readQuery(expr: string | undefined, positionals: string[]): { text: string; source: string } {
  if (expr !== undefined && positionals.length > 0) {
    throw new UsageError('give either a query file or -e "<SPARQL>", not both');
  }
  if (expr !== undefined) return { text: expr, source: '-e' };
  if (positionals.length !== 1) {
    throw new UsageError('kg query needs one query: a .rq file or -e "<SPARQL>"');
  }
  const file = positionals[0]!;
  if (!existsSync(file)) throw new InputFileError(`no such query file: ${file}`);
  return { text: readFileSync(file, 'utf8'), source: file };
}

/** Oxigraph names no file on a Turtle error; N3 re-parses to find the file and line. */
function loadStore(files: readonly GraphFile[]): OxigraphStore {
  try {
    return createOxigraphStore(files);
  } catch (error) {
    for (const file of files) parseTurtleFile(file.path); // throws the located TurtleSyntaxError
    throw error;
  }
}

/** Oxigraph's parser reports "error at LINE:COLUMN: expected ...". */
const SYNTAX_ERROR = /^error at (\d+):(\d+): ([\s\S]*)$/;

export function runQuery(store: OxigraphStore, text: string, source: string, format: QueryFormat): string {
  try {
    if (format === 'table') return queryResultsTable(store, text);
    return String(store.query(text, { results_format: format })).replace(/\n$/, '');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const syntax = SYNTAX_ERROR.exec(message);
    if (syntax) throw new QuerySyntaxError(source, Number(syntax[1]), Number(syntax[2]), syntax[3]!);
    if (/Not supported RDF format/.test(message)) {
      throw new UsageError(`a CONSTRUCT or DESCRIBE query answers with triples: use --format table or json, not ${format}`);
    }
    throw new UsageError(`the query failed: ${message}`);
  }
}
