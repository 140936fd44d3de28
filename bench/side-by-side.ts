// Side-by-side measurement for the Virtuoso comparisons (bench/compare-virtuoso.ts, bench/scale.ts):
// each case runs against each target in turn in the same run, autocannon with 10 connections for
// BENCH_SECONDS. "warm" repeats one identical request (a result cache, when on, answers it);
// "cold" makes every request distinct (a counter in a trailing comment), so no cache can answer.
import autocannon from 'autocannon';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ACCEPT = { Accept: 'application/sparql-results+json' };

export interface Target {
  readonly name: string;
  /** GET URL of a query on this target. */
  url(query: string): string;
}

export interface Measure {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly bad: number;
}

export async function measure(url: string, cold = false): Promise<Measure> {
  let n = 0;
  const requests = cold
    ? [{ setupRequest: (req: { path: string }) => ({ ...req, path: `${req.path}${encodeURIComponent(`\n# ${n++}`)}` }) }]
    : undefined;
  const r = await autocannon({ url, connections: 10, duration: SECONDS, headers: ACCEPT, timeout: 60, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
}

export const fmt = (n: number, digits = 0) => n.toFixed(digits);
export const pad = (s: string | number, n: number) => String(s).padStart(n);

/**
 * Warms every target up before anything is measured (JIT, connection pools, an engine process the
 * pool starts under load): each case once, then BENCH_WARMUP_S (default 3) of distinct requests of
 * the first case. Otherwise the first case measured pays the start of each target.
 */
export async function warmUp(targets: readonly Target[], cases: readonly (readonly [string, string])[]): Promise<void> {
  const seconds = Number(process.env.BENCH_WARMUP_S ?? 3);
  for (const target of targets) {
    for (const [, query] of cases) await fetch(target.url(query), { headers: ACCEPT }).then((r) => r.arrayBuffer()).catch(() => undefined);
    let n = 0;
    const [, first] = cases[0]!;
    await autocannon({
      url: target.url(first),
      connections: 10,
      duration: seconds,
      headers: ACCEPT,
      requests: [{ setupRequest: (req: { path: string }) => ({ ...req, path: `${req.path}${encodeURIComponent(`\n# warm-up ${n++}`)}` }) }],
    });
  }
}

/** Measures every case on every target; prints one line per case (req/s, p99) and returns the figures. */
export async function sideBySide(
  targets: readonly Target[],
  cases: readonly (readonly [string, string])[],
  cold = false,
): Promise<Map<string, Measure[]>> {
  console.log(`${'case'.padEnd(30)} ${targets.map((t) => `${pad(t.name.slice(0, 16), 16)} ${pad('p50', 5)} ${pad('p99', 5)}`).join(' ')}`);
  const out = new Map<string, Measure[]>();
  for (const [name, query] of cases) {
    const row: Measure[] = [];
    for (const target of targets) {
      row.push(await measure(target.url(query), cold));
      // Let queries still running past the window (up to the time limit) finish before the next
      // target is measured: a trivial ASK waits behind them in the target's queue.
      await fetch(target.url('ASK {}'), { signal: AbortSignal.timeout(30_000) }).then((r) => r.text()).catch(() => undefined);
    }
    out.set(name, row);
    console.log(
      `${name.slice(0, 30).padEnd(30)} ${row.map((m) => `${pad(fmt(m.rps), 16)} ${pad(m.p50, 5)} ${pad(m.p99, 5)}`).join(' ')}${row.some((m) => m.bad) ? `  (non-2xx/errors: ${row.map((m) => m.bad).join('/')})` : ''}`,
    );
  }
  return out;
}
