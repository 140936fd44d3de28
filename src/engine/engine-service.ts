// The QueryEngine implementation (see query-engine.ts for the contract): analyses each query,
// routes it to the Oxigraph pool (local) or the Comunica engine (SERVICE, allowlisted endpoints
// only), applies the time and row limits, and maps engine errors to typed HTTP errors. Engines are
// child processes (worker-pool.ts); this object lives in the HTTP process and never loads
// Oxigraph or Comunica itself.
import { graphFiles } from '../store/graph-files.js';
import {
  BadGatewayError,
  BadRequestError,
  ForbiddenError,
  HttpError,
  MalformedQueryError,
} from '../http/errors.js';
import type { EngineConfig } from './engine-config.js';
import { analyzeQuery, guessForm, type QueryAnalysis } from './query-analysis.js';
import type {
  Bindings,
  EngineInfo,
  QueryEngine,
  QueryForm,
  QueryOptions,
  ResultKind,
  SerializedResult,
} from './query-engine.js';
import { isAllowlisted } from './service-guard.js';
import { WorkerPool } from './worker-pool.js';
import { quadFromJson, textBody, type Output, type RunError, type RunResult, type WorkerInit } from './worker-protocol.js';
import { termFromJson } from './worker-protocol.js';
import type { Quad, Term } from '@rdfjs/types';
import type { JsonTerm } from './results-serializer.js';

/** Engine modules sit beside this file: .ts when running from source (tsx, vitest), .js when built (dist/). */
const moduleUrl = (name: string) => new URL(`./${name}.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

const KIND_OF: Record<QueryForm, ResultKind> = { SELECT: 'results', ASK: 'boolean', CONSTRUCT: 'graph', DESCRIBE: 'graph' };

export class EngineService implements QueryEngine {
  private readonly local: WorkerPool;
  private federation?: WorkerPool;
  private readonly init: WorkerInit;

  private constructor(
    readonly config: EngineConfig,
    private readonly log: (message: string) => void,
  ) {
    this.init = {
      files: config.files ?? graphFiles(),
      namedGraphFiles: config.namedGraphFiles ?? [],
      serviceAllowlist: config.serviceAllowlist,
      allowPrivateServiceAddresses: config.allowPrivateServiceAddresses,
    };
    this.local = new WorkerPool({
      name: 'oxigraph',
      entry: moduleUrl('oxigraph-worker'),
      size: config.workers,
      sizeAtRest: Math.min(config.workersAtRest ?? config.workers, config.workers),
      idleMs: config.engineIdleMs,
      init: this.init,
      queueLimit: config.queueLimit,
      maxHeapMb: config.maxHeapMb,
      maxRssMb: config.maxRssMb,
      log,
    });
  }

  /** Starts the workers and resolves once the graph is loaded (rejects if it cannot be). */
  static async start(config: EngineConfig, log: (message: string) => void = console.error): Promise<EngineService> {
    const engine = new EngineService(config, log);
    try {
      engine.triples = await engine.local.ready();
    } catch (error) {
      await engine.close();
      throw error;
    }
    return engine;
  }

  /** Triples in the store (default and named graphs), as counted by the first worker. */
  triples = 0;

  async inspect(query: string): Promise<QueryForm> {
    const analysis = this.analyze(query);
    return analysis.form ?? guessForm(query);
  }

  async query(query: string, pickMediaType: (kind: ResultKind) => string, options: QueryOptions = {}): Promise<SerializedResult> {
    const analysis = this.analyze(query);
    const form = analysis.form ?? guessForm(query);
    // Negotiate before any work: a 406 costs nothing. Every kind is offered to the worker because
    // the form is only a guess until the worker has parsed the query.
    const chosen = pickMediaType(KIND_OF[form]);
    const mediaTypes = { results: chosen, boolean: chosen, graph: chosen } as Record<ResultKind, string>;
    for (const kind of ['results', 'boolean', 'graph'] as const) {
      if (kind !== KIND_OF[form]) {
        try {
          mediaTypes[kind] = pickMediaType(kind);
        } catch {
          mediaTypes[kind] = kind === 'graph' ? 'text/turtle' : 'application/sparql-results+json';
        }
      }
    }
    const result = await this.execute(analysis, { type: 'text', mediaTypes }, options);
    if (!('text' in result)) throw new Error('worker returned objects for a text request');
    return { kind: result.kind, mediaType: result.mediaType, body: textBody(result.text), truncated: result.truncated, count: result.count };
  }

  async select(query: string, options: QueryOptions = {}): Promise<Bindings[]> {
    const result = await this.execute(this.analyze(query), { type: 'objects' }, options);
    if (!('results' in result)) throw new BadRequestError('Expected a SELECT query.');
    return (result.results.results?.bindings ?? []).map(
      (row) => new Map(Object.entries(row).map(([name, term]) => [name, jsonTermToRdf(term)])),
    );
  }

  async ask(query: string, options: QueryOptions = {}): Promise<boolean> {
    const result = await this.execute(this.analyze(query), { type: 'objects' }, options);
    if (!('results' in result) || result.results.boolean === undefined) throw new BadRequestError('Expected an ASK query.');
    return result.results.boolean;
  }

  async construct(query: string, options: QueryOptions = {}): Promise<Quad[]> {
    const result = await this.execute(this.analyze(query), { type: 'objects' }, options);
    if (!('quads' in result)) throw new BadRequestError('Expected a CONSTRUCT or DESCRIBE query.');
    return result.quads.map(quadFromJson) as unknown as Quad[];
  }

  info(): EngineInfo {
    const { timeoutMs, maxRows, maxQueryLength, serviceAllowlist } = this.config;
    return { triples: this.triples, timeoutMs, maxRows, maxQueryLength, serviceAllowlist };
  }

  async close(): Promise<void> {
    await Promise.all([this.local.close(), this.federation?.close()]);
  }

  private get limits() {
    return { maxQueryLength: this.config.maxQueryLength, rowCap: this.config.maxRows + 1 };
  }

  /**
   * Full analysis (sparqljs, several ms for a long query) runs here only when the text mentions
   * SERVICE; every other query is analysed by its worker, off the event loop. Without SERVICE in
   * the text there can be no SERVICE clause (keywords have no escapes), and Oxigraph refuses one anyway.
   */
  private analyze(query: string): QueryAnalysis & { deferred?: boolean } {
    if (query.length > this.config.maxQueryLength) return analyzeQuery(query, this.limits); // throws 413
    if (/service/i.test(query)) return analyzeQuery(query, this.limits);
    if (query.trim() === '') return analyzeQuery(query, this.limits); // throws 400
    return { form: guessForm(query), services: [], text: query, deferred: true };
  }

  private async execute(analysis: QueryAnalysis & { deferred?: boolean }, output: Output, options: QueryOptions): Promise<RunResult> {
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? this.config.timeoutMs, this.config.timeoutMs));
    const request = {
      query: analysis.text,
      form: analysis.form,
      output,
      maxRows: this.config.maxRows,
      defaultGraphUris: options.defaultGraphUris,
      namedGraphUris: options.namedGraphUris,
      analyze: analysis.deferred ? this.limits : undefined,
    };
    const pool = analysis.services.length > 0 ? this.federationPool(analysis.services) : this.local;
    try {
      return await pool.run(request, timeoutMs);
    } catch (error) {
      throw toHttpError(error);
    }
  }

  /** Process ids of the running engine processes (Oxigraph pool, then Comunica if started). */
  enginePids(): number[] {
    return [...this.local.pids(), ...(this.federation?.pids() ?? [])];
  }

  /** Process ids of engines running a query right now. */
  busyEnginePids(): number[] {
    return [...this.local.busyPids(), ...(this.federation?.busyPids() ?? [])];
  }

  /**
   * Starts the Comunica engine now rather than on the first SERVICE query (a few seconds of load,
   * ~100 MB). `npm start` does not call it: federation is rare, so the service stays lean at rest.
   */
  prepareFederation(): void {
    if (this.config.federation && this.config.serviceAllowlist.length > 0) this.federationPool([]);
  }

  /** Checks every SERVICE target against the allowlist, then returns the Comunica worker. */
  private federationPool(services: readonly string[]): WorkerPool {
    for (const service of services) {
      if (service.startsWith('?')) {
        throw new BadRequestError(`SERVICE ${service}: a variable endpoint is not supported; name the endpoint IRI.`);
      }
      if (!this.config.federation || !isAllowlisted(service, { allowlist: this.config.serviceAllowlist, allowPrivate: false })) {
        throw new ForbiddenError(
          `SERVICE <${service}> is not allowed. Allowed endpoints: ${this.config.serviceAllowlist.join(', ') || '(none)'}.`,
          'service_not_allowed',
        );
      }
    }
    if (!this.federation) {
      const pool = new WorkerPool({
        name: 'comunica',
        entry: moduleUrl('federation-worker'),
        size: 1,
        init: this.init,
        queueLimit: this.config.queueLimit,
        maxQueueWaitMs: 60_000,
        maxHeapMb: this.config.maxHeapMb,
        maxRssMb: this.config.maxRssMb,
        log: this.log,
      });
      // A Comunica engine that cannot start is dropped, so the next SERVICE query tries again.
      pool.ready().catch(() => {
        if (this.federation === pool) this.federation = undefined;
        void pool.close();
      });
      this.federation = pool;
    }
    return this.federation;
  }
}

function toHttpError(error: unknown): Error {
  if (error instanceof HttpError || error instanceof Error) return error;
  const e = error as RunError;
  switch (e.kind) {
    case 'syntax':
      return new MalformedQueryError(
        e.line !== undefined
          ? `Syntax error at line ${e.line}${e.column !== undefined ? `, column ${e.column}` : ''}: ${e.message.replace(/^(error at \d+:\d+: )/, '')}`
          : e.message,
        e.line,
        e.column,
      );
    case 'forbidden':
      return new ForbiddenError(e.message, 'service_not_allowed');
    case 'http':
      return new HttpError(e.status ?? 400, e.code ?? 'bad_request', e.message);
    case 'remote':
      return new BadGatewayError(`A remote SPARQL endpoint failed: ${e.message}`);
    default:
      return new BadRequestError(`The query could not be evaluated: ${e.message}`, undefined, undefined, 'query_failed');
  }
}

function jsonTermToRdf(term: JsonTerm): Term {
  if (term.type === 'uri') return termFromJson({ t: 'NamedNode', v: term.value }) as Term;
  if (term.type === 'bnode') return termFromJson({ t: 'BlankNode', v: term.value }) as Term;
  return termFromJson({ t: 'Literal', v: term.value, l: term['xml:lang'], d: term.datatype }) as Term;
}
