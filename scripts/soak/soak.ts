// `npm run soak` (issue 8 item 5): starts the real service on loopback and sends it mixed
// traffic for SOAK_S seconds (default 600) with bounded concurrency — competency queries, entity
// lookups and pages, API and reconciliation calls, and generated hostile input (request-mix.ts:
// fast-check arbitraries of SPARQL, paths, Accept fields and bodies) — plus, about once a
// minute, a burst of QUERY_QUEUE_LIMIT + 16 requests at once. Then it prints the report
// (soak-report.ts) and exits 1 when the run failed.
//   SOAK_S             run length in seconds (default 600)
//   SOAK_CONCURRENCY   requests in flight outside bursts (default 8)
//   SOAK_SEED          fast-check seed (default: the clock; printed, so a run can be replayed)
//   SOAK_SAMPLE_MS     how often RSS is read (default 2000)
// The service gets the environment of this process (QUERY_WORKERS, RESULT_CACHE_MB, …), with
// SERVICE_ALLOWLIST set to itself: SERVICE then only ever reaches loopback, where it is refused.
import http from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { requestMix, type SoakRequest } from './request-mix.js';
import { processTreeMemory, PROJECT_ROOT, startService, type RunningService } from './service-process.js';
import { send, type Outcome } from './soak-client.js';
import { formatReport, verdict, type Failure, type MemorySample, type ServerHeap, type SoakResult, type Verdict } from './soak-report.js';
import type { GraphTerms } from './sparql-arbitraries.js';

export interface SoakOptions {
  readonly durationS: number;
  readonly concurrency: number;
  readonly seed: number;
  readonly sampleMs: number;
  /** Printed as the run goes (default: nothing). */
  readonly progress?: (line: string) => void;
}

export const DEFAULT_DURATION_S = 600;
/** Longest a response may take before it counts as dropped (queue wait 30 s + query 10 s + slack). */
const CLIENT_TIMEOUT_MS = 90_000;
const BASE_IRI = 'https://w3id.org/hrd-reprisals/';

export function soakOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SoakOptions {
  const num = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
    return n;
  };
  return {
    durationS: num('SOAK_S', DEFAULT_DURATION_S),
    concurrency: Math.floor(num('SOAK_CONCURRENCY', 8)),
    seed: Math.floor(num('SOAK_SEED', Date.now() % 2 ** 31)),
    sampleMs: num('SOAK_SAMPLE_MS', 2000),
  };
}

export async function runSoak(options: SoakOptions): Promise<{ result: SoakResult; verdict: Verdict; report: string }> {
  const log = options.progress ?? (() => undefined);
  const queueLimit = Number(process.env.QUERY_QUEUE_LIMIT ?? 64);
  const service = await startService({ SERVICE_ALLOWLIST: 'http://127.0.0.1/sparql' });
  log(`service ${service.pid} ready at ${service.url}`);
  // Interrupted (Ctrl-C, a CI timeout): the service runs in its own process group, so stop it.
  const interrupted = () => void service.stop(1_000).then(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const startedAt = performance.now();
  const elapsedS = () => (performance.now() - startedAt) / 1000;
  const memory: MemorySample[] = [];
  // /proc for every process's RSS, and /health for the HTTP process's own heap (a leak grows
  // heapUsed; V8 or malloc keeping freed pages grows RSS alone). /health on its own connection.
  const sample = async (): Promise<MemorySample> => {
    const at = { atS: elapsedS(), processes: processTreeMemory(service.pid) };
    const heap = await fetch(`${service.url}/health`, { signal: AbortSignal.timeout(2_000) })
      .then(async (r) => ((await r.json()) as { memory?: ServerHeap }).memory)
      .catch(() => undefined);
    return heap ? { ...at, server: heap } : at;
  };
  const sampler = setInterval(() => void sample().then((s) => memory.push(s)), options.sampleMs);
  let exited: string | undefined;
  let exitedAtS: number | undefined;
  void service.exited.then((how) => {
    exited = how;
    exitedAtS = elapsedS();
  });

  const byStatus: Record<string, number> = {};
  const byKind: Record<string, Record<string, number>> = {};
  const serverErrors: Failure[] = [];
  const dropped: Failure[] = [];
  const lookupMs: number[] = [];
  let requests = 0;
  let keepAliveRaces = 0;
  const record = (request: SoakRequest, outcome: Outcome) => {
    requests++;
    if (outcome.retriedRace) keepAliveRaces++;
    const key = outcome.dropped ? `dropped:${outcome.dropped}` : String(outcome.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
    (byKind[request.kind] ??= {})[key] = (byKind[request.kind]![key] ?? 0) + 1;
    const failure = { atS: elapsedS(), kind: request.kind, request: `${request.method} ${request.path.slice(0, 160)}`, status: outcome.status, dropped: outcome.dropped };
    if (outcome.dropped) dropped.push(failure);
    else if (outcome.status >= 500 && outcome.status !== 503) serverErrors.push(failure);
    if (request.lookup && !outcome.dropped && outcome.status === 200) lookupMs.push(outcome.ms);
  };
  const exchange = async (request: SoakRequest) => {
    for (let r: SoakRequest | undefined = request; r; r = r.then) record(r, await send(agent, service.url, r, CLIENT_TIMEOUT_MS));
  };

  try {
    const mix = requestMix(await mixInputs(service));
    let batch = 0;
    let pending: SoakRequest[] = [];
    const next = (): SoakRequest => {
      if (pending.length === 0) pending = fc.sample(mix, { numRuns: 200, seed: options.seed + batch++ });
      return pending.pop()!;
    };
    const deadline = startedAt + options.durationS * 1000;
    const loops = Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline && exited === undefined) await exchange(next());
    });
    // Bursts above the queue limit: one a minute (at least one, at most ten), evenly spaced.
    const burstCount = Math.min(10, Math.max(1, Math.floor(options.durationS / 60)));
    let bursts = 0;
    const burstWork: Promise<unknown>[] = [];
    const burstTimers = Array.from({ length: burstCount }, (_, k) => setTimeout(() => {
      if (exited !== undefined) return;
      bursts++;
      log(`t=${elapsedS().toFixed(0)} s: burst ${bursts} of ${queueLimit + 16} requests; ${requests} sent so far`);
      const burst = fc.sample(burstRequest, { numRuns: queueLimit + 16, seed: options.seed - bursts });
      burstWork.push(Promise.all(burst.map((r) => exchange(r))));
    }, (options.durationS * 1000 * (k + 1)) / (burstCount + 1)));
    await Promise.all(loops);
    for (const timer of burstTimers) clearTimeout(timer);
    await Promise.all(burstWork);
    memory.push(await sample());
    memory.sort((a, b) => a.atS - b.atS);
    const result: SoakResult = {
      seed: options.seed,
      durationS: options.durationS,
      warmupS: warmupSeconds(options.durationS),
      requests,
      byStatus,
      byKind,
      serverErrors,
      dropped,
      lookupMs,
      memory,
      bursts,
      exited,
      exitedAtS,
      keepAliveRaces,
    };
    if (exited !== undefined) log(`service output:\n${service.output().slice(-20).join('\n')}`);
    const v = verdict(result);
    return { result, verdict: v, report: formatReport(result, v) };
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    clearInterval(sampler);
    agent.destroy();
    await service.stop();
  }
}

/**
 * Memory is judged after warm-up: a quarter of the run, at least 10 s (engines replaced after the
 * first timeouts, the HTTP cache filling, V8 reaching its steady heap) and at most 2 minutes.
 */
export function warmupSeconds(durationS: number): number {
  return Math.min(120, Math.max(10, durationS / 4));
}

/**
 * One in eight a cross product cut by a short time limit, the rest engine lookups that bypass the
 * HTTP cache: together far more than the queue holds, arriving at once.
 */
const burstRequest: fc.Arbitrary<SoakRequest> = fc.tuple(fc.nat(7).map((n) => n === 0), fc.integer({ min: 200, max: 1000 }), fc.nat()).map(([heavy, timeout, n]) => {
  const query = heavy ? 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }' : `ASK { ?s ?p ?o } # ${n}`;
  return { kind: heavy ? 'burst-heavy' : 'burst-light', method: 'GET', path: `/sparql?query=${encodeURIComponent(query)}&timeout=${timeout}`, headers: { Accept: 'application/sparql-results+json' } };
});

/** The graph's terms and the competency queries, read through the running service. */
async function mixInputs(service: RunningService) {
  const select = async (query: string): Promise<string[]> => {
    const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/sparql-results+json' } });
    const json = (await res.json()) as { results: { bindings: { x: { value: string } }[] } };
    return json.results.bindings.map((b) => b.x.value);
  };
  const terms: GraphTerms = {
    entities: await select(`SELECT DISTINCT ?x WHERE { ?x a ?t FILTER(STRSTARTS(STR(?x), "${BASE_IRI}id/")) } ORDER BY ?x LIMIT 400`),
    predicates: await select('SELECT DISTINCT ?x WHERE { ?s ?x ?o } ORDER BY ?x LIMIT 200'),
    classes: await select('SELECT DISTINCT ?x WHERE { ?s a ?x } ORDER BY ?x LIMIT 100'),
  };
  if (terms.entities.length === 0) throw new Error('The service returned no entities to look up.');
  const queriesDir = path.join(PROJECT_ROOT, 'queries');
  // Federated queries reach the internet: left out (the soak stays on loopback).
  const queries = readdirSync(queriesDir).filter((f) => f.endsWith('.rq')).map((f) => readFileSync(path.join(queriesDir, f), 'utf8')).filter((q) => !/\bSERVICE\b/iu.test(q));
  return { selfUrl: service.url, terms, entityPaths: terms.entities.map((iri) => `/${iri.slice(BASE_IRI.length)}`), queries };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const options = soakOptionsFromEnv();
  console.log(`soak: ${options.durationS} s, concurrency ${options.concurrency}, seed ${options.seed}`);
  runSoak({ ...options, progress: (line) => console.log(line) })
    .then(({ verdict: v, report }) => {
      console.log(report);
      process.exit(v.pass ? 0 : 1);
    })
    .catch((error: unknown) => {
      console.error(`soak: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
