// What the service's own layer costs over the bare store it fronts (issue 12 item 5: target ≤ 15 %
// at p50 for lookups). Measured as latency, not throughput: one connection, one request at a time,
// so the service and the store never compete for the machine's two cores (at 10 connections the
// ratio of req/s measures how the cores are shared out, not the layer). Every request is distinct
// (a counter in a trailing comment), so no cache answers it; the two targets alternate in rounds
// so that drift in the machine's load hits both alike. Latency is timed here with
// performance.now() (µs resolution; autocannon reports whole milliseconds).
import http from 'node:http';

export interface LayerCost {
  readonly serviceP50: number;
  readonly directP50: number;
  readonly serviceMean: number;
  readonly directMean: number;
  /** (service p50 − direct p50) / direct p50. */
  readonly overhead: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { Accept: 'application/sparql-results+json' } }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode} from ${url.slice(0, 80)}`))));
      })
      .on('error', reject);
  });
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * `service(n)` and `direct(n)` give the n-th request's URL (the same query on both); `requests`
 * per target in `rounds` alternating rounds, after 200 unmeasured requests each.
 */
export async function layerCost(service: (n: number) => string, direct: (n: number) => string, requests = 3000, rounds = 6): Promise<LayerCost> {
  const s: number[] = [];
  const d: number[] = [];
  // A fresh range of counters per call: a request a cache has seen in an earlier call would be a hit.
  let n = Math.floor(Math.random() * 1e12);
  for (let i = 0; i < 200; i++) {
    await get(service(n++));
    await get(direct(n++));
  }
  const perRound = Math.ceil(requests / rounds);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < perRound; i++) s.push(await get(service(n++)));
    for (let i = 0; i < perRound; i++) d.push(await get(direct(n++)));
  }
  const serviceP50 = p50(s);
  const directP50 = p50(d);
  return { serviceP50, directP50, serviceMean: mean(s), directMean: mean(d), overhead: (serviceP50 - directP50) / directP50 };
}

export const describeLayerCost = (c: LayerCost): string =>
  `p50 ${c.serviceP50.toFixed(2)} ms through the service vs ${c.directP50.toFixed(2)} ms direct (+${(100 * c.overhead).toFixed(0)} %, +${(c.serviceP50 - c.directP50).toFixed(2)} ms; means ${c.serviceMean.toFixed(2)} vs ${c.directMean.toFixed(2)} ms)`;
