// GET /health: whether this instance can answer, for load balancers and operators (nginx health
// checks, deploy/nginx/replicas.conf). 200 with status "ok" when the engine can answer, 503 with
// status "unavailable" when its store is unreachable or the circuit to it is open. Body (JSON):
//   { status, engine: "embedded" | "remote", triples, graphVersion,
//     store?: { endpoint, product, reachable, latencyMs?, error?, circuit, inFlight },
//     memory: { rssMb, heapUsedMb, heapTotalMb, externalMb, arrayBuffersMb } }
// `memory` is this HTTP process's own (Node's process.memoryUsage(), MB): what operators and the
// soak (scripts/soak/) watch to tell a leak (heapUsed grows) from V8 or malloc keeping freed pages.
// Cost: microseconds for the embedded engine; one trivial ASK (2 s limit) to a remote store.
import type { RequestHandler } from 'express';
import { MethodNotAllowedError } from '../errors.js';
import type { RouteContext } from '../route-context.js';
import type { QueryEngine } from '../../engine/query-engine.js';
import type { RemoteSparqlEngine } from '../../engine/remote/remote-sparql-engine.js';

/** A remote engine, told by its shape: its module (and undici) is loaded only with SPARQL_BACKEND. */
const isRemote = (engine: QueryEngine): engine is QueryEngine & RemoteSparqlEngine =>
  (engine as { kind?: unknown }).kind === 'remote';

export function healthHandler(context: RouteContext): RequestHandler {
  return async (_req, res) => {
    const { engine } = context;
    const info = engine.info();
    const body: Record<string, unknown> = {
      status: 'ok',
      engine: isRemote(engine) ? 'remote' : 'embedded',
      triples: info.triples,
      graphVersion: info.graphVersion ?? null,
      memory: memoryFigures(),
    };
    if (isRemote(engine)) {
      const store = await engine.health();
      const circuit = engine.client.breaker.state;
      body.store = { endpoint: engine.remote.endpoint, product: engine.product, ...store, circuit, inFlight: engine.client.inFlight };
      if (!store.reachable || circuit === 'open') body.status = 'unavailable';
    }
    res
      .status(body.status === 'ok' ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .type('application/json')
      .send(JSON.stringify(body));
  };
}

const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

/** This process's memory in MB, one decimal. */
export function memoryFigures(): Record<string, number> {
  const m = process.memoryUsage();
  return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
}

/** Any other method on /health: 405 with Allow. */
export const healthMethodNotAllowed: RequestHandler = (req, _res, next) => next(new MethodNotAllowedError(req.method, ['GET', 'HEAD']));
