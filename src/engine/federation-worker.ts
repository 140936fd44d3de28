// Engine process running queries that contain SERVICE, on Comunica (started by worker-pool.ts;
// talks over engine-channel.ts): the local graph is an N3 store in this process, remote endpoints are reached only through guardedFetch (allowlist and no
// private addresses unless configured). Same protocol and time limits as the Oxigraph workers.
// Cost: loading Comunica and the graph takes a few seconds and ~100 MB, so this process starts
// only when the first SERVICE query comes (engine-service.ts), never at start-up.
import { readFileSync } from 'node:fs';
import { QueryEngine } from '@comunica/query-sparql';
import { DataFactory, Parser } from 'n3';
import type { GraphStore } from '../store/graph-store.js';
import { BASE_IRI } from '../config.js';
import { loadGraph } from '../store/load-graph.js';
import { bindingsOutput, quadsOutput } from './result-output.js';
import type { JsonResults } from './results-serializer.js';
import { guardedFetch } from './service-guard.js';
import { engineChannel } from './engine-channel.js';
import type { RunError, RunRequest } from './worker-protocol.js';
import { lowerWorkerPriority } from './worker-priority.js';

lowerWorkerPriority();

const channel = engineChannel();
const { init, post } = channel;

let store: GraphStore;
let engine: QueryEngine;
try {
  store = loadGraph(init.files).store;
  for (const file of init.namedGraphFiles) {
    const graph = DataFactory.namedNode(file.graph);
    const quads = new Parser({ format: file.format, baseIRI: BASE_IRI }).parse(readFileSync(file.path, 'utf8'));
    for (const q of quads) store.addQuad(DataFactory.quad(q.subject, q.predicate, q.object, graph));
  }
  engine = new QueryEngine();
  post({ type: 'ready', triples: store.size });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

const fetchGuard = guardedFetch({ allowlist: init.serviceAllowlist, allowPrivate: init.allowPrivateServiceAddresses });

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  return text;
}

async function run(request: RunRequest): Promise<void> {
  try {
    const result = await engine.query(request.query, {
      sources: [store.asSource()],
      fetch: fetchGuard,
      baseIRI: BASE_IRI,
      httpTimeout: 60_000,
    } as never);
    if (result.resultType === 'quads') {
      const quads = [];
      for await (const q of await result.execute()) {
        quads.push(q);
        if (quads.length > request.maxRows) break;
      }
      post({ type: 'done', id: request.id, result: await quadsOutput(quads, request.output, request.maxRows) });
      return;
    }
    const { data } = await engine.resultToString(result, 'application/sparql-results+json');
    const raw = await readAll(data as NodeJS.ReadableStream);
    post({ type: 'done', id: request.id, result: bindingsOutput(JSON.parse(raw) as JsonResults, request.output, request.maxRows) });
  } catch (error) {
    post({ type: 'error', id: request.id, error: toRunError(error) });
  }
}

function toRunError(error: unknown): RunError {
  const message = error instanceof Error ? error.message : String(error);
  const m = /Parse error on line (\d+)/.exec(message);
  if (m) return { kind: 'syntax', message, line: Number(m[1]) };
  if (/allowlist|private or loopback/.test(message)) return { kind: 'forbidden', message };
  return { kind: 'remote', message: message.length > 400 ? `${message.slice(0, 400)}…` : message };
}

channel.onRequest((request: RunRequest) => void run(request));
