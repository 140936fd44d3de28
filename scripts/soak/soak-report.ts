// What the soak measured and its verdict (issue 8 item 5): requests, a status histogram, 5xx
// other than 503, dropped connections, resident memory of every process of the service over
// time, and lookup latency. Pass: no 5xx but 503, no dropped connection, the service never
// exited, and the RSS of its long-lived processes after warm-up grew by at most 10 % (median of
// the last tenth of the run against the median just after warm-up). Long-lived: the processes
// present in every sample after warm-up (the supervisor and the HTTP server, and any engine that
// was never replaced). Engines that hostile queries get killed and replaced start small and
// grow back to their loaded size; they are bounded by ENGINE_MAX_RSS_MB, not judged by growth,
// or a short run would measure the churn instead of a leak. The total is reported beside it.
import type { ProcessMemory } from './service-process.js';

export interface MemorySample {
  readonly atS: number;
  readonly processes: readonly ProcessMemory[];
  /** The HTTP process's own figures from /health (absent when it did not answer within 2 s). */
  readonly server?: ServerHeap;
}

/** process.memoryUsage() of the HTTP process in MB, as /health reports it. */
export interface ServerHeap {
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  readonly externalMb: number;
  readonly arrayBuffersMb: number;
}

export interface Failure {
  /** Seconds since the start of the run when the answer (or the failure) came. */
  readonly atS: number;
  readonly kind: string;
  readonly request: string;
  readonly status: number;
  readonly dropped?: string;
}

export interface SoakResult {
  readonly seed: number;
  readonly durationS: number;
  readonly warmupS: number;
  readonly requests: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly serverErrors: readonly Failure[];
  readonly dropped: readonly Failure[];
  readonly lookupMs: readonly number[];
  readonly memory: readonly MemorySample[];
  readonly bursts: number;
  /** Set when the service's first process ended during the run: how, and when (s). */
  readonly exited?: string;
  readonly exitedAtS?: number;
  /** Resets of idle reused connections retried once (soak-client.ts); not failures. */
  readonly keepAliveRaces: number;
}

export interface Verdict {
  readonly pass: boolean;
  readonly reasons: readonly string[];
  readonly rssBaselineMb: number;
  readonly rssFinalMb: number;
  readonly rssMaxMb: number;
  readonly rssGrowth: number;
  readonly lookupP50: number;
  readonly lookupP99: number;
}

export const RSS_GROWTH_LIMIT = 0.1;

const totalMb = (sample: MemorySample) => sample.processes.reduce((sum, p) => sum + p.rssKb, 0) / 1024;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};
export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export function verdict(result: SoakResult): Verdict {
  const reasons: string[] = [];
  const after = result.memory.filter((s) => s.atS >= result.warmupS && s.processes.length > 0);
  const tenth = Math.max(1, Math.ceil(after.length / 10));
  const lived = after.reduce<Set<number> | undefined>((pids, sample) => {
    const here = new Set(sample.processes.map((p) => p.pid));
    return pids === undefined ? here : new Set([...pids].filter((pid) => here.has(pid)));
  }, undefined) ?? new Set<number>();
  const livedMb = (sample: MemorySample) =>
    sample.processes.filter((p) => lived.has(p.pid)).reduce((sum, p) => sum + p.rssKb, 0) / 1024;
  const rssBaselineMb = median(after.slice(0, tenth).map(livedMb));
  const rssFinalMb = median(after.slice(-tenth).map(livedMb));
  const rssMaxMb = Math.max(0, ...after.map(totalMb));
  const rssGrowth = rssBaselineMb > 0 ? rssFinalMb / rssBaselineMb - 1 : 0;
  if (result.exited !== undefined) reasons.push(`the service exited during the run (${result.exited})`);
  if (result.serverErrors.length > 0) reasons.push(`${result.serverErrors.length} responses with a 5xx other than 503`);
  if (result.dropped.length > 0) reasons.push(`${result.dropped.length} dropped connections`);
  if (after.length < 2) reasons.push('too few memory samples after warm-up to judge RSS');
  else if (rssGrowth > RSS_GROWTH_LIMIT) reasons.push(`RSS grew ${(rssGrowth * 100).toFixed(1)} % after warm-up (limit ${RSS_GROWTH_LIMIT * 100} %)`);
  if (result.requests === 0) reasons.push('no requests were sent');
  return {
    pass: reasons.length === 0,
    reasons,
    rssBaselineMb,
    rssFinalMb,
    rssMaxMb,
    rssGrowth,
    lookupP50: percentile(result.lookupMs, 50),
    lookupP99: percentile(result.lookupMs, 99),
  };
}

/** The report as text, for the terminal and bench/RESULTS.md. */
export function formatReport(result: SoakResult, v: Verdict): string {
  const out: string[] = [];
  out.push(`soak: ${result.durationS} s, seed ${result.seed}, ${result.requests} requests (${(result.requests / result.durationS).toFixed(1)}/s), ${result.bursts} bursts above the queue limit`);
  out.push(`status histogram: ${Object.entries(result.byStatus).sort().map(([s, n]) => `${s}×${n}`).join('  ')}`);
  out.push('by traffic class:');
  for (const [kind, statuses] of Object.entries(result.byKind).sort()) {
    out.push(`  ${kind.padEnd(18)} ${Object.entries(statuses).sort().map(([s, n]) => `${s}×${n}`).join(' ')}`);
  }
  out.push(`5xx other than 503: ${result.serverErrors.length}${result.serverErrors.slice(0, 5).map((f) => `\n  ${f.status} ${f.kind}: ${f.request}`).join('')}`);
  const atExit = result.exitedAtS === undefined ? 0 : result.dropped.filter((f) => f.atS >= result.exitedAtS! - 1).length;
  const when = result.exitedAtS === undefined ? '' : ` (${atExit} of them when or after the service exited at t=${result.exitedAtS.toFixed(0)} s)`;
  out.push(`dropped connections: ${result.dropped.length}${when}${result.dropped.slice(0, 5).map((f) => `\n  ${f.dropped} ${f.kind}: ${f.request}`).join('')}`);
  out.push(`keep-alive races retried (reset of a reused connection idle ≥ 4 s, before any response): ${result.keepAliveRaces}`);
  out.push(`lookup latency (entity by SPARQL and entity pages, ${result.lookupMs.length} requests): p50 ${v.lookupP50.toFixed(1)} ms, p99 ${v.lookupP99.toFixed(1)} ms`);
  out.push('RSS over time (MB; every process of the service):');
  const step = Math.max(1, Math.floor(result.memory.length / 12));
  for (let i = 0; i < result.memory.length; i += step) out.push(`  ${memoryLine(result.memory[i]!)}`);
  const last = result.memory.at(-1);
  if (last && result.memory.length % step !== 1) out.push(`  ${memoryLine(last)}`);
  out.push(`RSS of the long-lived processes after ${result.warmupS} s warm-up: ${v.rssBaselineMb.toFixed(0)} MB → ${v.rssFinalMb.toFixed(0)} MB at the end (${v.rssGrowth >= 0 ? '+' : ''}${(v.rssGrowth * 100).toFixed(1)} %; max ${v.rssMaxMb.toFixed(0)} MB)`);
  if (result.exited !== undefined) out.push(`the service exited: ${result.exited}`);
  out.push(v.pass ? 'PASS' : `FAIL: ${v.reasons.join('; ')}`);
  return out.join('\n');
}

function memoryLine(sample: MemorySample): string {
  const parts = sample.processes.map((p) => `${p.pid} ${p.name.split(' ').at(-1)} ${(p.rssKb / 1024).toFixed(0)}`);
  const h = sample.server;
  const heap = h ? `  server heap ${h.heapUsedMb.toFixed(0)}/${h.heapTotalMb.toFixed(0)}, external ${h.externalMb.toFixed(0)} (array buffers ${h.arrayBuffersMb.toFixed(0)})` : '';
  return `t=${String(Math.round(sample.atS)).padStart(4)} s  total ${totalMb(sample).toFixed(0).padStart(4)}  [${parts.join(', ')}]${heap}`;
}
