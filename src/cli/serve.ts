// `kg serve --data <file|dir>… [--shapes FILE] [--port N] [--host H]` (or DATA_DIR=dir[:dir…]):
// serves a user's own RDF files — Turtle, N-Triples, N-Quads, TriG, RDF/XML, JSON-LD — with the
// same HTTP service (SPARQL 1.1 Protocol endpoint, service description, CORS, limits), named
// graphs kept: a quad of graph G in an N-Quads, TriG or JSON-LD file is in graph G of the store,
// triples are in the default graph. Every file is parsed here first, so a bad file stops the start
// with "FILE:LINE: what is wrong" and nothing half-loaded is served; with --shapes the data is
// validated with SHACL and a violation stops the start with the report.
// How it loads without changing the engine: the parsed quads are written as N-Triples, one file
// for the default graph and one per named graph, to a temporary folder the engine's workers load
// (EngineConfig.files / namedGraphFiles); the folder is removed on stop. A blank node shared by
// two graphs of one file becomes two blank nodes (one per graph file).
// Not yet for user data: dereferencing under a configurable base IRI, the JSON-LD API and the
// release, which read the bundled graph (src/domain/entity/shared-entity-graph.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataFactory, Store, Writer, type Quad } from 'n3';
import { shaclCheck } from '../domain/shacl-check.js';
import { normaliseViolations } from '../domain/validation-report.js';
import { engineConfigFromEnv, type EngineConfig, type NamedGraphFile } from '../engine/engine-config.js';
import { EngineService } from '../engine/engine-service.js';
import { createApp } from '../http/app.js';
import { createHttpServer } from '../http/http-server.js';
import { userRdfFiles } from '../store/graph-files.js';
import { parseRdfFile, RdfFileError } from '../store/parse-rdf-file.js';
import type { CommandResult } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { formatReport } from './validate.js';

export interface UserServiceOptions {
  /** Files and folders of the user's RDF. */
  readonly data: readonly string[];
  /** A SHACL shapes file (any syntax parseRdfFile reads); the data must conform to start. */
  readonly shapes?: string;
  readonly port?: number;
  readonly host?: string;
  readonly engine?: Partial<EngineConfig>;
  readonly log?: (message: string) => void;
}

export interface UserService {
  readonly url: string;
  readonly files: number;
  readonly quads: number;
  readonly namedGraphs: readonly string[];
  stop(): Promise<void>;
}

/** Data that does not conform to the user's shapes; the message is the validation report. */
export class NonConformingDataError extends Error {
  override readonly name = 'NonConformingDataError';
}

/** Parses, validates, loads and serves; resolves once listening. Throws RdfFileError on bad input. */
export async function startUserService(options: UserServiceOptions): Promise<UserService> {
  const files = userRdfFiles(options.data);
  if (files.length === 0) throw new RdfFileError(`no RDF files (.ttl .nt .nq .trig .rdf .owl .xml .jsonld .json) in ${options.data.join(', ')}`);
  const quads: Quad[] = [];
  for (const file of files) quads.push(...(await parseRdfFile(file)));

  if (options.shapes) {
    const [shapesFile] = userRdfFiles([options.shapes]);
    const shapes = await parseRdfFile(shapesFile!);
    const violations = normaliseViolations(await shaclCheck(shapes, quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object))));
    if (violations.some((v) => v.severity === 'Violation')) {
      throw new NonConformingDataError(`the data does not conform to ${options.shapes}:\n${formatReport({ conforms: false, violations }, files.length)}`);
    }
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
  try {
    const byGraph = new Map<string, Quad[]>();
    for (const quad of quads) {
      const key = quad.graph.termType === 'DefaultGraph' ? '' : quad.graph.value;
      if (!byGraph.has(key)) byGraph.set(key, []);
      byGraph.get(key)!.push(DataFactory.quad(quad.subject, quad.predicate, quad.object));
    }
    const write = (name: string, list: readonly Quad[]) => {
      const file = path.join(dir, name);
      writeFileSync(file, new Writer({ format: 'N-Triples' }).quadsToString([...list]));
      return file;
    };
    const defaultFile = write('default.nt', byGraph.get('') ?? []);
    const named = [...byGraph.keys()].filter((g) => g !== '').sort();
    const namedGraphFiles: NamedGraphFile[] = named.map((graph, i) => ({ path: write(`graph-${i}.nt`, byGraph.get(graph)!), format: 'application/n-triples', graph }));
    const config = { ...engineConfigFromEnv(), federation: false, ...options.engine, files: [{ path: defaultFile, part: 'data' as const }], namedGraphFiles };
    const engine = await EngineService.start(config, options.log);
    const app = createApp({ engine, serviceAllowlist: config.serviceAllowlist, limits: { maxQueryLength: config.maxQueryLength }, ...(options.log ? { log: options.log } : {}) });
    const server = createHttpServer(app).listen(options.port ?? 0, options.host ?? '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
      files: files.length,
      quads: quads.length,
      namedGraphs: named,
      stop: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await engine.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export async function serveCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', multiple: true }, shapes: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const data = values.data ?? process.env.DATA_DIR?.split(path.delimiter).filter((d) => d !== '') ?? [];
  if (data.length === 0) throw new UsageError('kg serve needs --data <file|dir> (repeatable) or DATA_DIR');
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  let service: UserService;
  try {
    service = await startUserService({ data, shapes: values.shapes, port, host: values.host ?? process.env.HOST ?? '127.0.0.1' });
  } catch (error) {
    if (error instanceof RdfFileError || error instanceof NonConformingDataError) return { output: `kg: ${error.message}`, exitCode: EXIT.invalid };
    if (error instanceof Error && error.message.startsWith('no such data file')) throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(`Serving ${service.quads} quads from ${service.files} files (${service.namedGraphs.length} named graphs) — SPARQL at ${service.url}/sparql\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.stop();
  return { output: '', exitCode: EXIT.ok };
}
