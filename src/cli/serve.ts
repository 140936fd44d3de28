// `kg serve --data <file|dir>… [--base IRI] [--shapes FILE] [--port N] [--host H]` (or
// DATA_DIR=dir[:dir…], BASE_IRI=IRI): serves a user's own RDF files — Turtle, N-Triples, N-Quads,
// TriG, RDF/XML, JSON-LD — with the same HTTP service, named graphs kept: a quad of graph G in an
// N-Quads, TriG or JSON-LD file is in graph G of the store, triples are in the default graph.
// Every file is parsed here first, so a bad file stops the start with "FILE:LINE: what is wrong"
// and nothing half-loaded is served; with --shapes the data is validated with SHACL and a
// violation stops the start with the report.
// What the service does with the user's data (the bundled graph is not served):
// - SPARQL 1.1 Protocol endpoint, service description, CORS and limits, as for the bundled graph;
// - dereferencing: with --base B, GET /P describes the IRI B + P (Trifid's datasetBaseUrl rule),
//   with the same content negotiation as the bundled entity pages (HTML, Turtle, N-Triples,
//   N-Quads, TriG, JSON-LD, RDF/XML) and 404 for an IRI the data does not hold; /resource?iri=
//   describes any IRI, the only way without --base: a base is never guessed from the data
//   (see src/http/linked-data/user-iri.ts). Relative IRIs in the files resolve against B (as
//   Jena's `riot --base`), else against each file's file: URL;
// - the release: /release lists data.nq, data.trig, SHA256SUMS and void.ttl (VoID + DCAT with
//   every input file's SHA-256), /.well-known/void the same VoID (src/http/linked-data/user-release.ts);
// - the JSON-LD API (/api/*, /context.jsonld, /openapi.json) frames the bundled report's classes
//   and answers 404 saying so; the data's JSON-LD is its descriptions' `Accept: application/ld+json`.
// The entity graph, the release and reconciliation index are the app's own (createApp's
// userData), so two services in one process never see each other's data.
// How it loads without changing the engine: the parsed quads are written as N-Triples, one file
// for the default graph and one per named graph, to a temporary folder the engine's workers load
// (EngineConfig.files / namedGraphFiles); the folder is removed on stop. A blank node shared by
// two graphs of one file becomes two blank nodes (one per graph file).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataFactory, Store, Writer, type Quad } from 'n3';
import { shaclCheck } from '../domain/shacl-check.js';
import { normaliseViolations } from '../domain/validation-report.js';
import { engineConfigFromEnv, type EngineConfig, type NamedGraphFile } from '../engine/engine-config.js';
import { EngineService } from '../engine/engine-service.js';
import { entityGraphOf } from '../domain/entity/shared-entity-graph.js';
import { createApp } from '../http/app.js';
import type { UserDataFile } from '../http/linked-data/user-dataset.js';
import { checkBaseIri, UserIriError } from '../http/linked-data/user-iri.js';
import { createHttpServer } from '../http/http-server.js';
import { userRdfFiles } from '../store/graph-files.js';
import { parseRdfFile, RdfFileError } from '../store/parse-rdf-file.js';
import type { CommandResult } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { formatReport } from './validate.js';

export interface UserServiceOptions {
  /** Files and folders of the user's RDF. */
  readonly data: readonly string[];
  /** The IRI base served at the root: GET /P describes base + P. Must be an absolute http(s) IRI. */
  readonly base?: string;
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
  /** The base given, if any. */
  readonly base?: string;
  stop(): Promise<void>;
}

/** Data that does not conform to the user's shapes; the message is the validation report. */
export class NonConformingDataError extends Error {
  override readonly name = 'NonConformingDataError';
}

/**
 * Parses, validates, loads and serves; resolves once listening. Throws RdfFileError on bad input,
 * UserIriError on a base that is not an absolute http(s) IRI.
 */
export async function startUserService(options: UserServiceOptions): Promise<UserService> {
  const base = options.base === undefined ? undefined : checkBaseIri(options.base);
  const files = userRdfFiles(options.data);
  if (files.length === 0) throw new RdfFileError(`no RDF files (.ttl .nt .nq .trig .rdf .owl .xml .jsonld .json) in ${options.data.join(', ')}`);
  const quads: Quad[] = [];
  const prefixes: Record<string, string> = {};
  // One push per quad: spreading a file's quads into push() overflows the stack past ~10^5.
  for (const file of files) for (const q of await parseRdfFile(file, base, prefixes)) quads.push(q);

  if (options.shapes) {
    const [shapesFile] = userRdfFiles([options.shapes]);
    const shapes = await parseRdfFile(shapesFile!);
    const violations = normaliseViolations(await shaclCheck(shapes, quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object))));
    if (violations.some((v) => v.severity === 'Violation')) {
      throw new NonConformingDataError(`the data does not conform to ${options.shapes}:\n${formatReport({ conforms: false, violations }, files.length)}`);
    }
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-serve-'));
  let engine: EngineService | undefined;
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
    engine = await EngineService.start(config, options.log);
    const described = describeFiles(files.map((f) => f.path), options.data);
    const app = createApp({
      engine,
      serviceAllowlist: config.serviceAllowlist,
      limits: { maxQueryLength: config.maxQueryLength },
      // ETags change with the data: a hash of the input files' hashes.
      graphVersion: createHash('sha256').update(described.map((f) => `${f.sha256}  ${f.path}\n`).join('')).digest('hex').slice(0, 16),
      userData: { ...(base ? { base } : {}), files: described, quads, prefixes, graph: entityGraphOf(quads) },
      ...(options.log ? { log: options.log } : {}),
    });
    const server = createHttpServer(app).listen(options.port ?? 0, options.host ?? '127.0.0.1');
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const running = engine;
    return {
      url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
      files: files.length,
      quads: quads.length,
      namedGraphs: named,
      ...(base ? { base } : {}),
      stop: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await running.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    // Nothing is left behind when the start fails (a port in use, an engine that cannot start).
    await engine?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Each input file with its size and SHA-256, named by its path below the --data folder it was
 * found in (a file given by itself: its name), so the published VoID shows no local folders.
 */
function describeFiles(files: readonly string[], given: readonly string[]): UserDataFile[] {
  const roots = given.map((g) => path.resolve(g)).filter((g) => statSync(g).isDirectory());
  return files.map((file) => {
    const root = roots.find((r) => file.startsWith(r + path.sep));
    const bytes = readFileSync(file);
    return {
      path: (root ? path.relative(root, file) : path.basename(file)).split(path.sep).join('/'),
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  });
}

export const SERVE_HELP = `kg serve — serve your own RDF with the SPARQL endpoint, entity pages and a release

usage:
  kg serve --data <file|dir>... [--base IRI] [--shapes FILE] [--port N] [--host H]
  DATA_DIR=dir[:dir...] BASE_IRI=IRI kg serve

  --data    files or folders (repeatable) of .ttl .nt .nq .trig .rdf/.owl/.xml .jsonld/.json;
            named graphs of N-Quads, TriG and JSON-LD are kept
  --base    the IRI base served at the root: GET /P describes the IRI <base>P (HTML, Turtle,
            N-Triples, N-Quads, TriG, JSON-LD or RDF/XML by Accept or format=; 404 if absent);
            relative IRIs in the files resolve against it. Without it nothing is guessed:
            GET /resource?iri=<IRI> describes any IRI of the data (also with --base)
  --shapes  SHACL shapes the data must conform to before it is served
  --port    default PORT or 8080; --host default HOST or 127.0.0.1

Served: /sparql (SPARQL 1.1 Protocol), entity descriptions, /release (data.nq, data.trig,
SHA256SUMS, void.ttl with every input file's SHA-256) and /.well-known/void. The JSON-LD API
(/api/*, /context.jsonld, /openapi.json) describes the bundled report's classes: 404 here.
A file that does not parse stops the start with FILE:LINE (exit 1); a bad option exits 2.`;

export async function serveCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', multiple: true },
      base: { type: 'string' },
      shapes: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return { output: SERVE_HELP, exitCode: EXIT.ok };
  const data = values.data ?? process.env.DATA_DIR?.split(path.delimiter).filter((d) => d !== '') ?? [];
  if (data.length === 0) throw new UsageError('kg serve needs --data <file|dir> (repeatable) or DATA_DIR; see kg serve --help');
  const port = Number(values.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const givenBase = values.base ?? (process.env.BASE_IRI || undefined);
  let base: string | undefined;
  try {
    base = givenBase === undefined ? undefined : checkBaseIri(givenBase);
  } catch (error) {
    throw new UsageError(error instanceof UserIriError && values.base === undefined ? `${error.message} (from BASE_IRI)` : (error as Error).message);
  }
  let service: UserService;
  try {
    service = await startUserService({ data, ...(base ? { base } : {}), shapes: values.shapes, port, host: values.host ?? process.env.HOST ?? '127.0.0.1' });
  } catch (error) {
    if (error instanceof RdfFileError || error instanceof NonConformingDataError) return { output: `kg: ${error.message}`, exitCode: EXIT.invalid };
    if (error instanceof Error && error.message.startsWith('no such data file')) throw new UsageError(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; choose another with --port`);
    throw error;
  }
  process.stdout.write(`Serving ${service.quads} quads from ${service.files} files (${service.namedGraphs.length} named graphs) — SPARQL at ${service.url}/sparql\n`);
  process.stdout.write(
    service.base
      ? `IRIs under ${service.base} are described at ${service.url}/<path>; any IRI at ${service.url}/resource?iri=<IRI>\n`
      : `Descriptions at ${service.url}/resource?iri=<IRI> (give --base to serve IRIs at their paths)\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await service.stop();
  return { output: '', exitCode: EXIT.ok };
}
