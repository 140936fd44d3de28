// Engine process running local queries on Oxigraph (started by worker-pool.ts through
// engine-process.ts; talks over engine-channel.ts). Loads the graph once at start (posts `ready`
// with the triple count, or `failed`), then answers one RunRequest at a time (oxigraph-runner.ts).
// Oxigraph is synchronous: while a query runs this process does nothing else, which is why the
// pool can only stop a runaway by killing the whole process.
import { readFileSync } from 'node:fs';
import oxigraph from 'oxigraph';
import { BASE_IRI } from '../config.js';
import { createOxigraphStore, type OxigraphStore } from '../store/oxigraph-store.js';
import { runOnOxigraph } from './oxigraph-runner.js';
import { engineChannel } from './engine-channel.js';
import type { RunRequest } from './worker-protocol.js';
import { lowerWorkerPriority } from './worker-priority.js';

lowerWorkerPriority();

const channel = engineChannel();
const { init, post } = channel;

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

channel.onRequest(async (request: RunRequest) => {
  const outcome = await runOnOxigraph(store, request);
  post(outcome.ok ? { type: 'done', id: request.id, result: outcome.result } : { type: 'error', id: request.id, error: outcome.error });
});
