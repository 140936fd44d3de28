// Memory at rest and start-up time of `npm start`'s process tree (issue 8 point 6), per process,
// read from /proc: the supervisor, the HTTP server and its engine processes (plus tsx's esbuild
// helpers when running from source). Run alone with `npm run bench:rss`, or as a section of
// `npm run bench`. Three totals, since RSS double-counts what processes share:
//   RSS sum       each process's resident set added up (counts the node binary's pages once per process)
//   PSS sum       proportional set size (shared pages divided among the processes sharing them,
//                 which includes unrelated Node processes on the machine: a lower bound)
//   distinct      private memory of every process (RssAnon) + the largest file-backed set
//                 (RssFile: node binary and libraries, mapped by all) counted once
// Start-up: from spawning the supervisor to the first SPARQL answer, on a first start and a restart
// (validation report kept). Measures the production path
// (`npm run build`, then node dist/supervisor/main.js: no TypeScript transpiling at run time).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { PROJECT_ROOT } from '../src/config.js';
import { freePort } from './servers.js';

interface ProcessMemory { pid: number; role: string; rssMb: number; pssMb: number; anonMb: number; fileMb: number }

const kb = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) / 1024;

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function role(pid: number): string {
  const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  if (cmd.includes('supervisor/main')) return 'supervisor';
  if (cmd.includes('oxigraph-worker')) return 'engine (Oxigraph)';
  if (cmd.includes('federation-worker')) return 'engine (Comunica)';
  if (cmd.includes('validation-child')) return 'validation (one-shot)';
  if (cmd.includes('release-child')) return 'release build (one-shot)';
  if (cmd.includes('server.')) return 'HTTP server';
  if (cmd.includes('esbuild')) return "esbuild (tsx's transpiler)";
  return cmd.replace(/\0/g, ' ').slice(0, 40);
}

/** The process tree under `root`, each with its memory. */
export function treeMemory(root: number): ProcessMemory[] {
  const out: ProcessMemory[] = [];
  const visit = (pid: number) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      out.push({ pid, role: role(pid), rssMb: kb(status, 'VmRSS'), pssMb: kb(rollup, 'Pss'), anonMb: kb(status, 'RssAnon'), fileMb: kb(status, 'RssFile') });
    } catch {
      return; // exited meanwhile
    }
    children(pid).forEach(visit);
  };
  visit(root);
  return out;
}

function report(label: string, procs: ProcessMemory[]): { rss: number; pss: number; distinct: number } {
  const f = (n: number) => n.toFixed(0).padStart(6);
  console.log(`\n${label}\n${'process'.padEnd(28)} ${'pid'.padStart(7)}    RSS    PSS   anon   file (MB)`);
  for (const p of procs) console.log(`${p.role.padEnd(28)} ${String(p.pid).padStart(7)} ${f(p.rssMb)} ${f(p.pssMb)} ${f(p.anonMb)} ${f(p.fileMb)}`);
  const rss = procs.reduce((s, p) => s + p.rssMb, 0);
  const pss = procs.reduce((s, p) => s + p.pssMb, 0);
  const distinct = procs.reduce((s, p) => s + p.anonMb, 0) + Math.max(0, ...procs.map((p) => p.fileMb));
  console.log(`total: RSS sum ${rss.toFixed(0)} MB, PSS sum ${pss.toFixed(0)} MB, distinct ${distinct.toFixed(0)} MB (target ≤ 200 MB)`);
  return { rss, pss, distinct };
}

/** Spawns `npm start`'s tree (built dist/) on a free loopback port; resolves at the first SPARQL answer. */
async function startTree(env: Record<string, string>): Promise<{ supervisor: ChildProcess; base: string; startupMs: number }> {
  const port = await freePort();
  const started = Date.now();
  const supervisor = spawn(process.execPath, ['dist/supervisor/main.js'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const ask = `${base}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`;
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(ask, { headers: { Accept: 'application/sparql-results+json' } })).ok) return { supervisor, base, startupMs: Date.now() - started };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stopTree(supervisor);
  throw new Error('the service did not start within 2 minutes');
}

async function stopTree(supervisor: ChildProcess): Promise<void> {
  if (supervisor.exitCode !== null) return;
  supervisor.kill('SIGTERM');
  await new Promise((resolve) => supervisor.once('exit', resolve));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Start-up twice — a first start (the graph is validated) and a restart (the validation report kept
 * by src/engine/validation-cache.ts) — then memory at rest on the restarted tree: right after
 * start-up, after one request of each kind, and after BENCH_IDLE_S (default 70 s: past
 * ENGINE_IDLE_MS, so an engine started by that traffic has stopped again).
 */
export async function rssAtRest(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const cache = mkdtempSync(path.join(os.tmpdir(), 'bench-validation-'));
  const env = { VALIDATION_CACHE_DIR: cache };
  const idleS = Number(process.env.BENCH_IDLE_S ?? 70);
  try {
    const first = await startTree(env);
    await stopTree(first.supervisor);
    const tree = await startTree(env);
    try {
      console.log(`\n== Memory at rest and start-up (npm start from dist/: supervisor + server + engines; default settings; load average ${(os.loadavg()[0] ?? 0).toFixed(1)})`);
      console.log(`start-up, from spawning the supervisor to the first SPARQL answer (target < 3000 ms):`);
      console.log(`  first start (validates the graph):        ${first.startupMs} ms`);
      console.log(`  restart (validation report kept on disk):  ${tree.startupMs} ms`);
      await sleep(5000); // let start-up garbage be collected
      report('at rest, right after start-up:', treeMemory(tree.supervisor.pid!));
      // Every kind of request once, so each process holds what serving needs.
      for (const page of ['/', '/persons', '/timeline', '/id/person/cao-shunli', '/api/persons', '/sparql?query=' + encodeURIComponent('SELECT * WHERE { ?s ?p ?o } LIMIT 1000')]) {
        await fetch(tree.base + page, { headers: { Accept: 'text/html,application/json;q=0.9,*/*;q=0.1' } }).then((r) => r.arrayBuffer());
      }
      await sleep(3000);
      report('after one request of each kind (3 s later):', treeMemory(tree.supervisor.pid!));
      await sleep(idleS * 1000);
      report(`at rest, ${idleS} s after the last request:`, treeMemory(tree.supervisor.pid!));
    } finally {
      await stopTree(tree.supervisor);
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rssAtRest().then(() => process.exit(0), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
