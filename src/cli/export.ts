// `kg export [--out DIR] [--issued YYYY-MM-DD] [--data <file|dir>]...`: builds the dataset
// release (RDF dumps, CSV tables, datapackage.json, codebook, VoID/DCAT, schema.org, citation,
// checksums) and writes it to DIR (default dist/). Same input, same bytes.
// `kg export --from-store [--out DIR]`: the same release read through the SPARQL store named by
// SPARQL_BACKEND (and its SPARQL_BACKEND_* variables), as the service's /release in front of it
// does, with no RELEASE_MAX_TRIPLES: the offline way for a store too large for a release on the
// fly. Its version and date are the store's load record's (src/engine/release-store.ts).
// `kg export --ishr [--out FILE] [--data …]`: only the cases in ISHR End Reprisals' column layout
// (tables/ishr_cases.csv of the release, src/domain/export/tables/ishr-cases.ts), to FILE or stdout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.js';
import { engineConfigFromEnv } from '../engine/engine-config.js';
import { remoteConfigFromEnv } from '../engine/remote/remote-config.js';
import { buildRelease, InvalidReleaseError } from '../domain/export/build-release.js';
import { tableToCsv } from '../domain/export/csv.js';
import { GraphView } from '../domain/export/graph-view.js';
import { ishrCasesTable } from '../domain/export/tables/ishr-cases.js';
import { UnsafeOutputDirError, writeRelease } from '../domain/export/write-release.js';
import { loadGraph } from '../store/load-graph.js';
import type { CommandResult } from './command.js';
import { graphFilesFor } from './data-option.js';
import { EXIT, UsageError } from './errors.js';

export async function exportCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      issued: { type: 'string' },
      data: { type: 'string', multiple: true },
      ishr: { type: 'boolean' },
      'from-store': { type: 'boolean' },
    },
    strict: true,
  });
  if (values.ishr) return ishrExport(values.data, values.out);
  if (values.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.issued)) {
    throw new UsageError(`--issued must be a date YYYY-MM-DD, not "${values.issued}"`);
  }
  if (values['from-store'] && (values.data !== undefined || values.issued !== undefined)) {
    throw new UsageError('--from-store reads the graph and its date from the store: leave out --data and --issued');
  }
  const out = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'dist'));
  try {
    const release = values['from-store']
      ? await buildRelease(await storeGraph())
      : await buildRelease({ graphFiles: graphFilesFor(values.data), issued: values.issued });
    writeRelease(release, out);
    const lines = release.files.map((f) => `${String(f.content.length).padStart(9)}  ${f.path}`);
    return {
      output: [`release ${release.info.version} (${release.info.issued}), ${release.triples} triples → ${out}`, ...lines].join('\n'),
      exitCode: EXIT.ok,
    };
  } catch (error) {
    if (error instanceof UnsafeOutputDirError) throw new UsageError(error.message);
    if (error instanceof InvalidReleaseError) return { output: error.message, exitCode: EXIT.invalid };
    throw error;
  }
}

/** The release's graphs read through the store of SPARQL_BACKEND, with no size limit. */
async function storeGraph() {
  let remote;
  try {
    remote = remoteConfigFromEnv();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!remote) throw new UsageError('--from-store needs SPARQL_BACKEND, the store\'s SPARQL endpoint (e.g. http://127.0.0.1:8890/sparql)');
  const { readReleaseGraph } = await import('../engine/release-store.js');
  return readReleaseGraph(remote, engineConfigFromEnv(), Number.POSITIVE_INFINITY);
}

/** The ISHR-layout table alone: CSV to `out` (a file), or to stdout. */
function ishrExport(data: string[] | undefined, out: string | undefined): CommandResult {
  const table = ishrCasesTable(new GraphView(loadGraph(graphFilesFor(data)).store));
  const csv = tableToCsv(table);
  if (out === undefined) return { output: csv.replace(/\r\n$/u, ''), exitCode: EXIT.ok };
  writeFileSync(path.resolve(out), csv);
  return { output: `wrote ${path.resolve(out)}: ${table.rows.length} rows (person × reprisal act), ${table.spec.fields.length} columns`, exitCode: EXIT.ok };
}
