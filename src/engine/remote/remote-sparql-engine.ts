// The QueryEngine (see ../query-engine.ts) over any SPARQL 1.1 endpoint: Virtuoso, QLever, Jena
// Fuseki, Oxigraph server, GraphDB. The service keeps every guarantee it gives with the embedded
// engine: updates refused and SERVICE / FROM / default-graph-uri checked before anything is sent
// (dataset-guard.ts), a hard time limit per query (abort of the upstream request, plus the store's
// own hint: Virtuoso's `timeout` in ms, Fuseki's in seconds), the row cap (LIMIT appended, rows
// cut here), content negotiation and every result format produced here from SPARQL JSON or
// N-Triples (so a store that lacks a format still serves it), the store's errors mapped to 400 /
// 502 / 503 (store-errors.ts), a bounded number of queries in flight, a circuit breaker.
// Nothing is evaluated in this process: it only parses the query and serialises the answer.
import type { Quad } from '@rdfjs/types';
import { BASE_IRI } from '../../config.js';
import { ServiceUnavailableError } from '../../http/errors.js';
import { analyzeQuery, type QueryAnalysis, type QueryDataset } from '../query-analysis.js';
import type {
  Bindings,
  EngineInfo,
  QueryEngine,
  QueryForm,
  QueryOptions,
  ResultKind,
  SerializedResult,
} from '../query-engine.js';
import { bindingsOutput, quadsOutput } from '../result-output.js';
import type { JsonResults, JsonTerm } from '../results-serializer.js';
import { quadFromJson, termFromJson, textBody, type RunResult } from '../worker-protocol.js';
import { checkServices, datasetParams, parseForDataset, type DatasetPolicy } from './dataset-guard.js';
import { LOAD_RECORD_GRAPH, type RemoteConfig, type RemoteLimits } from './remote-config.js';
import { SparqlClient, headerValue, ResponseTooLargeError } from './sparql-client.js';
import { StoreShortReadError } from './short-read-error.js';
import { storeError } from './store-errors.js';
import { ACCEPT_GRAPH, ACCEPT_RESULTS, parseGraph, parseResults } from './store-results.js';
import { BadRequestError } from '../../http/errors.js';
import type { Term } from '@rdfjs/types';

/** Query texts whose parse and checks are kept (see prepare). */
const PARSED_CACHE = 1000;

const KIND_OF: Record<QueryForm, ResultKind> = { SELECT: 'results', ASK: 'boolean', CONSTRUCT: 'graph', DESCRIBE: 'graph' };

/** Which product answers, from its `Server` header: decides the time-limit hint. */
export type StoreProduct = 'virtuoso' | 'fuseki' | 'qlever' | 'oxigraph' | 'graphdb' | 'unknown';

export interface StoreHealth {
  readonly reachable: boolean;
  readonly latencyMs?: number;
  readonly error?: string;
}

interface Prepared {
  readonly analysis: QueryAnalysis;
  readonly form: QueryForm;
  readonly params: { defaultGraphUris: readonly string[]; namedGraphUris: readonly string[] };
}

export class RemoteSparqlEngine implements QueryEngine {
  readonly kind = 'remote';
  readonly client: SparqlClient;
  readonly policy: DatasetPolicy;
  product: StoreProduct = 'unknown';
  /** Triples in the exposed graphs, counted at start-up (the store is read-only for the service). */
  triples = 0;
  /** The load record's version (written by `kg load`), else `triples-<count>`; for ETags and VoID. */
  graphVersion = '';
  /** The load record's date (xsd:dateTime), when there is one. */
  graphLoaded: string | undefined;

  private readonly parsed = new Map<string, { analysis: QueryAnalysis; dataset: QueryDataset }>();

  private constructor(
    readonly remote: RemoteConfig,
    readonly limits: RemoteLimits,
  ) {
    this.client = new SparqlClient(remote);
    this.policy = {
      defaultGraphs: remote.defaultGraphs,
      namedGraphs: remote.namedGraphs,
      serviceAllowlist: limits.serviceAllowlist,
      allowPrivate: limits.allowPrivateServiceAddresses,
    };
  }

  /** Connects, identifies the store, counts the triples and reads the graph version; rejects when unreachable. */
  static async start(remote: RemoteConfig, limits: RemoteLimits): Promise<RemoteSparqlEngine> {
    const engine = new RemoteSparqlEngine(remote, limits);
    try {
      const probe = await engine.client.post(new URLSearchParams({ query: 'ASK {}' }), ACCEPT_RESULTS, limits.timeoutMs);
      engine.product = productOf(headerValue(probe.headers.server) ?? '');
      // The default graph (the exposed graphs merged) plus named graphs outside it, as the embedded engine counts.
      const extra = remote.namedGraphs.filter((g) => !remote.defaultGraphs.includes(g));
      const count = await engine.select(
        extra.length === 0
          ? 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
          : `SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } FILTER (?g IN (${extra.map((g) => `<${g}>`).join(', ')})) } }`,
      );
      engine.triples = Number(count[0]?.get('n')?.value ?? 0);
      const record = await engine.readLoadRecord();
      engine.graphVersion = record?.version ?? `triples-${engine.triples}`;
      engine.graphLoaded = record?.created;
    } catch (error) {
      await engine.close();
      throw new Error(`Cannot use the SPARQL store at ${remote.endpoint}: ${(error as Error).message}`);
    }
    return engine;
  }

  /** No federation worker to prepare: SERVICE runs in the store (allowlist checked here). */
  prepareFederation(): void {}

  async inspect(query: string): Promise<QueryForm> {
    return (await this.prepare(query, {})).form;
  }

  async query(query: string, pickMediaType: (kind: ResultKind) => string, options: QueryOptions = {}): Promise<SerializedResult> {
    const prepared = await this.prepare(query, options);
    const kind = KIND_OF[prepared.form];
    const mediaType = pickMediaType(kind); // 406 before any request to the store
    const mediaTypes = { results: mediaType, boolean: mediaType, graph: mediaType };
    const result = await this.execute(prepared, { type: 'text', mediaTypes }, options);
    if (!('text' in result)) throw new Error('expected text output');
    return { kind: result.kind, mediaType: result.mediaType, body: textBody(result.text), truncated: result.truncated, count: result.count };
  }

  async select(query: string, options: QueryOptions = {}): Promise<Bindings[]> {
    const result = await this.execute(await this.prepare(query, options), { type: 'objects' }, options);
    if (!('results' in result) || result.kind !== 'results') throw new BadRequestError('Expected a SELECT query.');
    return (result.results.results?.bindings ?? []).map(
      (row) => new Map(Object.entries(row).map(([name, term]) => [name, jsonTermToRdf(term)])),
    );
  }

  async ask(query: string, options: QueryOptions = {}): Promise<boolean> {
    const result = await this.execute(await this.prepare(query, options), { type: 'objects' }, options);
    if (!('results' in result) || result.results.boolean === undefined) throw new BadRequestError('Expected an ASK query.');
    return result.results.boolean;
  }

  async construct(query: string, options: QueryOptions = {}): Promise<Quad[]> {
    const result = await this.execute(await this.prepare(query, options), { type: 'objects' }, options);
    if (!('quads' in result)) throw new BadRequestError('Expected a CONSTRUCT or DESCRIBE query.');
    return result.quads.map(quadFromJson) as unknown as Quad[];
  }

  /**
   * Every triple of the default graph (the exposed graphs merged), in pages of `pageSize` with no
   * row cap: for the in-process entity graph at start-up. Checked against the store's count of
   * distinct triples: a store that cuts answers below the page size throws StoreShortReadError
   * instead of leaving a partial copy. Cost: one pass over the data in the store, plus the count.
   */
  async readAll(pageSize = 100_000): Promise<Quad[]> {
    const params = datasetParams({ from: [], fromNamed: [] }, {}, this.policy);
    // DISTINCT: a triple in two of the merged graphs is one triple of the copy, and one row of a page.
    const rows = 'SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }';
    const counted = await this.send(`SELECT (COUNT(*) AS ?n) WHERE { ${rows} }`, params, ACCEPT_RESULTS, 120_000);
    const expected = Number(parseResults(counted.body, counted.contentType, this.remote.endpoint).results?.bindings[0]?.n?.value ?? 0);
    const out: Quad[] = [];
    for (let offset = 0; ; offset += pageSize) {
      const text = `CONSTRUCT { ?s ?p ?o } WHERE { ${rows} ORDER BY ?s ?p ?o LIMIT ${pageSize} OFFSET ${offset} }`;
      const response = await this.send(text, params, ACCEPT_GRAPH, 120_000);
      const page = parseGraph(response.body, response.contentType, this.remote.endpoint) as unknown as Quad[];
      out.push(...page);
      if (page.length < pageSize) break;
    }
    if (out.length !== expected) throw new StoreShortReadError('the default graph', out.length, expected);
    return out;
  }

  /** Whether the store answers now (a trivial ASK, 2 s limit); does not count towards the circuit. */
  async health(): Promise<StoreHealth> {
    const started = Date.now();
    try {
      const response = await this.client.post(new URLSearchParams({ query: 'ASK {}' }), ACCEPT_RESULTS, 2_000);
      if (response.status >= 300) return { reachable: false, error: `HTTP ${response.status}` };
      return { reachable: true, latencyMs: Date.now() - started };
    } catch (error) {
      return { reachable: false, error: (error as Error).message };
    }
  }

  info(): EngineInfo {
    const { timeoutMs, maxRows, maxQueryLength, serviceAllowlist } = this.limits;
    return { triples: this.triples, timeoutMs, maxRows, maxQueryLength, serviceAllowlist, graphVersion: this.graphVersion, ...(this.graphLoaded ? { graphLoaded: this.graphLoaded } : {}) };
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /**
   * Parses once (query-analysis.ts: form, SERVICE, row cap and FROM; sparqljs, about a tenth of
   * the CPU this process spends on a cold lookup) and checks a query. The outcome of a text is kept (at most PARSED_CACHE texts, oldest dropped):
   * the graph and the limits never change while the service runs, so a repeated query is not parsed again.
   */
  private async prepare(query: string, options: QueryOptions): Promise<Prepared> {
    let parsed = this.parsed.get(query);
    if (!parsed) {
      const analysis = analyzeQuery(query, { maxQueryLength: this.limits.maxQueryLength, rowCap: this.limits.maxRows + 1 });
      // What sparqljs cannot parse is never sent to the store: parsed again only to throw its 400.
      const dataset = analysis.dataset ?? parseForDataset(query);
      await checkServices(analysis.services, this.policy);
      parsed = { analysis, dataset };
      // Queries with SERVICE are checked every time: the endpoint's DNS answer may change.
      if (analysis.services.length === 0) {
        if (this.parsed.size >= PARSED_CACHE) this.parsed.delete(this.parsed.keys().next().value!);
        this.parsed.set(query, parsed);
      }
    }
    const { analysis, dataset } = parsed;
    const params = datasetParams(dataset, options, this.policy);
    return { analysis, form: analysis.form ?? 'SELECT', params };
  }

  private async execute(prepared: Prepared, output: Parameters<typeof bindingsOutput>[1], options: QueryOptions): Promise<RunResult> {
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? this.limits.timeoutMs, this.limits.timeoutMs));
    const graph = KIND_OF[prepared.form] === 'graph';
    const response = await this.send(prepared.analysis.text, prepared.params, graph ? ACCEPT_GRAPH : ACCEPT_RESULTS, timeoutMs);
    if (graph) return quadsOutput(parseGraph(response.body, response.contentType, this.remote.endpoint), output, this.limits.maxRows);
    const results: JsonResults = parseResults(response.body, response.contentType, this.remote.endpoint);
    return bindingsOutput(results, output, this.limits.maxRows);
  }

  /** One request to the store under the queue limit; a non-2xx answer or a partial result is an error. */
  private async send(
    text: string,
    params: { defaultGraphUris: readonly string[]; namedGraphUris: readonly string[] },
    accept: string,
    timeoutMs: number,
  ) {
    if (this.client.inFlight >= this.remote.connections + this.limits.queueLimit) {
      throw new ServiceUnavailableError('Too many queries are waiting for the SPARQL store; try again shortly.', 'queue_full', 1);
    }
    // Relative IRIs resolve against the data's base, as in the embedded engine; a BASE in the query
    // comes later and wins. Same line, so the store's line numbers still match the client's.
    const form = new URLSearchParams({ query: `BASE <${BASE_IRI}> ${text}` });
    for (const g of params.defaultGraphUris) form.append('default-graph-uri', g);
    for (const g of params.namedGraphUris) form.append('named-graph-uri', g);
    if (this.product === 'virtuoso') form.set('timeout', String(timeoutMs));
    if (this.product === 'fuseki') form.set('timeout', (timeoutMs / 1000).toFixed(3));
    let response;
    try {
      response = await this.client.post(form, accept, timeoutMs);
    } catch (error) {
      if (error instanceof ResponseTooLargeError) {
        throw new BadRequestError(`The result is larger than ${this.remote.maxResponseBytes} bytes; add a LIMIT or narrow the query.`, undefined, undefined, 'result_too_large');
      }
      throw error;
    }
    // Virtuoso's "anytime" answer: a partial result cut at its time limit, marked only in a header.
    if (response.status >= 300 || /S1TAT/.test(headerValue(response.headers['x-sql-state']) ?? '')) {
      throw storeError(response, this.remote.endpoint, timeoutMs);
    }
    return response;
  }

  /** The load record `kg load` wrote (src/cli/load.ts): its version and, when given, its date. */
  private async readLoadRecord(): Promise<{ version: string; created?: string } | undefined> {
    const form = new URLSearchParams({
      query:
        `SELECT ?v ?c WHERE { GRAPH <${LOAD_RECORD_GRAPH}> { ?r <http://purl.org/dc/terms/identifier> ?v ` +
        'OPTIONAL { ?r <http://purl.org/dc/terms/created> ?c } } } LIMIT 1',
    });
    const response = await this.client.post(form, ACCEPT_RESULTS, this.limits.timeoutMs);
    if (response.status >= 300) return undefined;
    const row = parseResults(response.body, response.contentType, this.remote.endpoint).results?.bindings[0];
    if (row?.v === undefined) return undefined;
    return { version: row.v.value, ...(row.c ? { created: row.c.value } : {}) };
  }

  /**
   * Every triple of one named graph of the store (any graph, visible to clients or not: the
   * caller names it, never a client), in pages of `pageSize` ordered by ?s ?p ?o, with no row cap;
   * for the dataset release (src/engine/release-store.ts). Blank node labels are kept as the
   * store writes them (`_:b10000`), so a node that spans two pages stays one node; literals the
   * store rewrote are restored (parseGraph, store-results.ts). Cost: one sorted pass over the
   * graph in the store per page (OFFSET), and the whole graph in this process's memory.
   */
  async readGraph(graph: string, pageSize = 100_000): Promise<ReturnType<typeof parseGraph>> {
    const out: ReturnType<typeof parseGraph> = [];
    const none = { defaultGraphUris: [], namedGraphUris: [] };
    for (let offset = 0; ; offset += pageSize) {
      const text = `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } } ORDER BY ?s ?p ?o LIMIT ${pageSize} OFFSET ${offset}`;
      const response = await this.send(text, none, ACCEPT_GRAPH, 120_000);
      const page = parseGraph(response.body, response.contentType, this.remote.endpoint, true);
      out.push(...page);
      if (page.length < pageSize) return out;
    }
  }
}

function productOf(server: string): StoreProduct {
  const s = server.toLowerCase();
  if (s.includes('virtuoso')) return 'virtuoso';
  if (s.includes('fuseki') || s.includes('jetty')) return 'fuseki';
  if (s.includes('qlever')) return 'qlever';
  if (s.includes('oxigraph')) return 'oxigraph';
  if (s.includes('graphdb')) return 'graphdb';
  return 'unknown';
}

function jsonTermToRdf(term: JsonTerm): Term {
  if (term.type === 'uri') return termFromJson({ t: 'NamedNode', v: term.value }) as Term;
  if (term.type === 'bnode') return termFromJson({ t: 'BlankNode', v: term.value }) as Term;
  return termFromJson({ t: 'Literal', v: term.value, l: term['xml:lang'], d: term.datatype }) as Term;
}
