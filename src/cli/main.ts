// The `kg` command line: dispatches to one file per command and is the one place that turns a
// thrown error into a message on stderr and an exit code (src/cli/errors.ts). Never a stack trace.
import { cite } from './cite.js';
import type { Command, CommandResult } from './command.js';
import { describeError, EXIT, UsageError } from './errors.js';
import { exportCommand } from './export.js';
import { loadCommand } from './load.js';
import { queryCommand } from './query.js';
import { statsCommand } from './stats.js';
import { validateCommand } from './validate.js';
import { wikidataCommand } from './wikidata.js';

const USAGE = `kg — the HRD reprisals knowledge graph

usage:
  kg validate [--data <file|dir>]...          check the graph against ontology/shapes.ttl and
                                              every source passage against the report's text
  kg query <file.rq> [--format F] [--data D]  run a SPARQL query (F: table, json, csv, tsv)
  kg query -e "<SPARQL>" [--format F]
  kg stats [--json] [--data <file|dir>]...    triples, entities per class, acts per act type
  kg cite "<exact quote>"...                  the Turtle block of a source passage
  kg export [--out DIR] [--issued DATE]       build the dataset release (dumps, CSV, metadata) in DIR
                                              (default dist/); the same input gives the same bytes
  kg export --ishr [--out FILE]               the cases in ISHR End Reprisals' column layout (CSV)
  kg export --from-store [--out DIR]          the release read through the SPARQL store of SPARQL_BACKEND
  kg serve --data <file|dir>... [--shapes F]  serve your own RDF (ttl, nt, nq, trig, rdf, jsonld),
         [--base IRI] [--port N] [--host H]   named graphs kept: SPARQL, pages under the base IRI,
                                              a release; DATA_DIR, BASE_IRI also work (kg serve --help)
  kg crosswalk build                          regenerate data/links/case-records.ttl (other records
                                              of the cases: ISHR, CHRD, Front Line Defenders)
  kg load --to virtuoso [--from F.nq] [--load-dir DIR]
                                              bulk-load the release's N-Quads into Virtuoso (SPARQL_BACKEND)

--data replaces the bundled data/ (the ontology is always loaded).
exit codes: 0 ok, 1 invalid data, 2 usage error or malformed query, 70 internal error`;

const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  query: queryCommand,
  stats: statsCommand,
  export: exportCommand, // the dataset release: see src/cli/export.ts
  load: loadCommand, // bulk load into a SPARQL store: see src/cli/load.ts
  wikidata: wikidataCommand, // build | resolve | accept: see src/cli/wikidata.ts
  // Loaded on use: the service and the links builder would slow every other command's start.
  serve: async (args) => (await import('./serve.js')).serveCommand(args), // a user's own RDF: src/cli/serve.ts
  crosswalk: async (args) => (await import('./crosswalk.js')).crosswalkCommand(args), // build: data/links/case-records.ttl, see src/cli/crosswalk.ts
  cite: async (args) => {
    if (args.length === 0) throw new UsageError('kg cite needs a quote: kg cite "<exact words>"');
    return { output: cite(args), exitCode: EXIT.ok };
  },
};

/** Runs one command line; returns the exit code. Output goes to stdout, errors to stderr. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  let result: CommandResult;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      result = { output: USAGE, exitCode: name === undefined ? EXIT.usage : EXIT.ok };
    } else {
      const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
      if (!command) throw new UsageError(`unknown command "${name}"; try kg --help`);
      result = await command(args);
    }
  } catch (error) {
    const { message, exitCode } = describeError(error);
    process.stderr.write(`kg: ${message}\n`);
    return exitCode;
  }
  if (result.output) process.stdout.write(`${result.output}\n`);
  return result.exitCode;
}

// A reader that stops early (`kg query ... | head`) closes stdout: end quietly, not with a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? EXIT.ok : EXIT.internal);
});

process.exitCode = await main(process.argv.slice(2));
