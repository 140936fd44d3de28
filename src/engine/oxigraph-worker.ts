// Worker thread running local queries on Oxigraph. Loads the graph once at start (posts `ready`
// with the triple count, or `failed`), then answers one RunRequest at a time (oxigraph-runner.ts).
// Oxigraph is synchronous: while a query runs this thread does nothing else, which is why the
// pool can only stop a runaway by terminating the whole worker (worker-pool.ts).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import oxigraph from 'oxigraph';
import { BASE_IRI } from '../config.js';
import { createOxigraphStore, type OxigraphStore } from '../store/oxigraph-store.js';
import { runOnOxigraph } from './oxigraph-runner.js';
import type { RunRequest, WorkerInit, WorkerReply } from './worker-protocol.js';
import { lowerWorkerPriority } from './worker-priority.js';

lowerWorkerPriority();

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

port.on('message', async (request: RunRequest) => {
  const outcome = await runOnOxigraph(store, request);
  post(outcome.ok ? { type: 'done', id: request.id, result: outcome.result } : { type: 'error', id: request.id, error: outcome.error });
});
