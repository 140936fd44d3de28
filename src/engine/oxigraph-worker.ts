// Worker thread running local queries on Oxigraph. Loads the graph once at start (posts `ready`
// with the triple count, or `failed`), then answers one RunRequest at a time. Oxigraph is
// synchronous: while a query runs this thread does nothing else, which is why the pool can only
// stop a runaway by terminating the whole worker (worker-pool.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { BASE_IRI } from '../config.js';
import { createOxigraphStore, type OxigraphStore } from '../store/oxigraph-store.js';
import { guessForm, parseErrorLocation } from './query-analysis.js';
import { bindingsOutput, quadsOutput } from './result-output.js';
import type { JsonResults } from './results-serializer.js';
import type { RunError, RunRequest, WorkerInit, WorkerReply } from './worker-protocol.js';

const port = parentPort!;
const init = workerData as WorkerInit;
const post = (reply: WorkerReply) => port.postMessage(reply);

function load(): OxigraphStore {
  const store = createOxigraphStore(init.files);
  for (const file of init.namedGraphFiles) {
    store.load(readFileSync(file.path, 'utf8'), {
      format: file.format,
      base_iri: BASE_IRI,
      to_graph_name: oxigraph.namedNode(file.graph),
    });
  }
  return store;
}

let store: OxigraphStore;
try {
  store = load();
  post({ type: 'ready', triples: store.size });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

async function run(request: RunRequest): Promise<void> {
  const options: Parameters<OxigraphStore['query']>[1] = { base_iri: BASE_IRI };
  // SPARQL 1.1 Protocol §2.1.4: a protocol-specified dataset replaces the query's FROM clauses.
  // Graph names select graphs already in the store; nothing is ever fetched.
  if (request.defaultGraphUris?.length || request.namedGraphUris?.length) {
    options.default_graph = (request.defaultGraphUris ?? []).map((iri) => oxigraph.namedNode(iri));
    options.named_graphs = (request.namedGraphUris ?? []).map((iri) => oxigraph.namedNode(iri));
  }
  const form = request.form ?? guessForm(request.query);
  try {
    if (form === 'SELECT' || form === 'ASK') {
      const raw = store.query(request.query, { ...options, results_format: 'application/sparql-results+json' }) as string;
      const result = bindingsOutput(JSON.parse(raw) as JsonResults, request.output, request.maxRows, raw);
      post({ type: 'done', id: request.id, result });
    } else {
      const quads = store.query(request.query, options) as oxigraph.Quad[];
      post({ type: 'done', id: request.id, result: await quadsOutput(quads, request.output, request.maxRows) });
    }
  } catch (error) {
    post({ type: 'error', id: request.id, error: toRunError(error) });
  }
}

function toRunError(error: unknown): RunError {
  const message = error instanceof Error ? error.message : String(error);
  const location = parseErrorLocation(message);
  if (location) return { kind: 'syntax', message: shorten(message), ...location };
  if (/service .* is not supported/i.test(message)) return { kind: 'forbidden', message };
  return { kind: 'evaluation', message: shorten(message) };
}

/** Oxigraph lists every expected token; keep the message readable. */
function shorten(message: string): string {
  return message.length > 200 ? `${message.slice(0, 200)}…` : message;
}

port.on('message', (request: RunRequest) => void run(request));
