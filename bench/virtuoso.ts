// Virtuoso for the benchmark: started on loopback with the repo's config (scripts/virtuoso/start.sh,
// ports 18690/18611, a temp data folder), loaded with an N-Triples file by its bulk loader, and RSS
// of any process tree (for "RSS of every process"). Skipped with a message when not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { bulkLoad } from '../src/engine/remote/virtuoso-loader.js';

// Its own ports (not 18690/18611 of CI and tests), so a benchmark never meets a test's store.
const HTTP_PORT = 18692;
const ISQL = { address: '127.0.0.1:18612', user: 'dba', password: 'dba' };
export const VIRTUOSO_ENDPOINT = `http://127.0.0.1:${HTTP_PORT}/sparql`;
/** The graph the benchmark loads its N-Triples into. */
export const BENCH_GRAPH = 'https://w3id.org/hrd-reprisals/graph/bench';

export interface RunningVirtuoso {
  readonly dir: string;
  readonly pid: number;
  readonly endpoint: string;
  /** The direct endpoint URL for a query, with the bench graph as the default graph (as the service sends it). */
  url(query: string): string;
  stop(): void;
}

/** Null (after printing why) when Debian's virtuoso-opensource is not installed. */
export function startVirtuoso(buffers = 17_000): RunningVirtuoso | null {
  if (spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status !== 0) {
    console.log('Virtuoso is not installed (apt-get install virtuoso-opensource): skipping the Virtuoso comparison.');
    return null;
  }
  const dir = execFileSync(path.join(PROJECT_ROOT, 'scripts', 'virtuoso', 'start.sh'), {
    env: { ...process.env, VIRTUOSO_DIR: '', VIRTUOSO_BUFFERS: String(buffers), VIRTUOSO_HTTP_PORT: String(HTTP_PORT), VIRTUOSO_ISQL_PORT: '18612', VIRTUOSO_START_WAIT_S: '180' },
    encoding: 'utf8',
  }).trim();
  const pid = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
  return {
    dir,
    pid,
    endpoint: VIRTUOSO_ENDPOINT,
    url: (query) => `${VIRTUOSO_ENDPOINT}?default-graph-uri=${encodeURIComponent(BENCH_GRAPH)}&query=${encodeURIComponent(query)}`,
    stop: () => {
      execFileSync(path.join(PROJECT_ROOT, 'scripts', 'virtuoso', 'stop.sh'), [dir, '--clean']);
    },
  };
}

/** Bulk-loads an N-Triples file into BENCH_GRAPH; returns the load time in ms (copy excluded). */
export async function loadIntoVirtuoso(v: RunningVirtuoso, file: string): Promise<number> {
  const target = path.join(v.dir, 'load', path.basename(file));
  copyFileSync(file, target);
  const started = performance.now();
  await bulkLoad(ISQL, [{ path: target, graph: BENCH_GRAPH }], [BENCH_GRAPH]);
  return Math.round(performance.now() - started);
}

/** RSS in MB of a process and all its descendants (engines in child processes included). */
export function rssTreeMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // exited meanwhile
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}
