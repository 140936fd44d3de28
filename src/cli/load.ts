// `kg load --to virtuoso [--from release.nq] [--load-dir DIR]`: bulk-loads the release's N-Quads
// (one named graph per part: ontology, data, links) into a running Virtuoso through its own loader
// (ld_add / rdf_loader_run, via isql-vt), replacing those graphs, and writes a load record (the
// SHA-256 of the N-Quads loaded, the time) that the service reports as its graph version.
//   --from      an N-Quads file (e.g. the `npm run export` dump); default: built in memory from
//               the bundled graph, validated first (exit 1 when it does not validate)
//   --load-dir  a folder in Virtuoso's DirsAllowed (default $VIRTUOSO_DIR/load, as scripts/virtuoso/start.sh)
//   VIRTUOSO_ISQL (host:port, default 127.0.0.1:18611), VIRTUOSO_USER / VIRTUOSO_PASSWORD (default dba / dba)
// Other stores: see README "Scaling out" for QLever, Jena TDB2 and Oxigraph server commands.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataFactory, Writer } from 'n3';
import { validateGraph } from '../domain/validate.js';
import { LOAD_RECORD_GRAPH, RELEASE_GRAPHS } from '../engine/remote/remote-config.js';
import { bulkLoad, isqlTargetFromEnv } from '../engine/remote/virtuoso-loader.js';
import { loadGraph } from '../store/load-graph.js';
import type { CommandResult } from './command.js';
import { EXIT, InputFileError, UsageError } from './errors.js';

const { namedNode, literal, quad } = DataFactory;
const DCTERMS = 'http://purl.org/dc/terms/';

/** The bundled graph as N-Quads, one named graph per part (same graph IRIs as the release dump). */
export function releaseNQuads(): string {
  const { parts } = loadGraph();
  const writer = new Writer({ format: 'N-Quads' });
  const quads = [];
  for (const [part, list] of parts) {
    const graph = namedNode(RELEASE_GRAPHS.find((g) => g.endsWith(`/graph/${part}`))!);
    for (const q of list) quads.push(quad(q.subject, q.predicate, q.object, graph));
  }
  return writer.quadsToString(quads);
}

/** The load record: `<…/graph/load-record#load> dcterms:identifier "sha256-…"; dcterms:created "…"`. */
export function loadRecord(version: string, created: Date): string {
  const record = namedNode(`${LOAD_RECORD_GRAPH}#load`);
  const graph = namedNode(LOAD_RECORD_GRAPH);
  return new Writer({ format: 'N-Quads' }).quadsToString([
    quad(record, namedNode(`${DCTERMS}identifier`), literal(version), graph),
    quad(record, namedNode(`${DCTERMS}created`), literal(created.toISOString(), namedNode('http://www.w3.org/2001/XMLSchema#dateTime')), graph),
  ]);
}

export async function loadCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { to: { type: 'string' }, from: { type: 'string' }, 'load-dir': { type: 'string' } },
    strict: true,
  });
  if (values.to !== 'virtuoso') {
    throw new UsageError('kg load needs --to virtuoso (for QLever, Jena TDB2 and Oxigraph server, see the README, "Scaling out")');
  }
  const loadDir = values['load-dir'] ?? (process.env.VIRTUOSO_DIR ? path.join(process.env.VIRTUOSO_DIR, 'load') : undefined);
  if (!loadDir) throw new UsageError('kg load --to virtuoso needs --load-dir DIR (a folder in Virtuoso\'s DirsAllowed) or VIRTUOSO_DIR');
  const started = Date.now();
  let nquads: string;
  if (values.from) {
    if (!existsSync(values.from)) throw new InputFileError(`no such file: ${values.from}`);
    nquads = readFileSync(values.from, 'utf8');
  } else {
    const report = await validateGraph();
    if (!report.conforms) return { output: 'The bundled graph does not validate; run `kg validate`. Nothing loaded.', exitCode: EXIT.invalid };
    nquads = releaseNQuads();
  }
  const version = `sha256-${createHash('sha256').update(nquads).digest('hex')}`;
  mkdirSync(loadDir, { recursive: true });
  const dataFile = path.resolve(loadDir, 'release.nq');
  const recordFile = path.resolve(loadDir, 'load-record.nq');
  writeFileSync(dataFile, nquads);
  writeFileSync(recordFile, loadRecord(version, new Date()));
  const graphs = [...new Set([...nquads.matchAll(/ <([^>]+)> \.\s*$/gm)].map((m) => m[1]!))];
  await bulkLoad(
    isqlTargetFromEnv(),
    [{ path: dataFile, graph: RELEASE_GRAPHS[1]! }, { path: recordFile, graph: LOAD_RECORD_GRAPH }],
    [...new Set([...RELEASE_GRAPHS, ...graphs, LOAD_RECORD_GRAPH])],
  );
  const lines = nquads.split('\n').filter((l) => l.trim() !== '').length;
  return {
    output: `Loaded ${lines} quads into ${graphs.length} named graphs of Virtuoso (${isqlTargetFromEnv().address}) in ${Date.now() - started} ms; graph version ${version}.`,
    exitCode: EXIT.ok,
  };
}
