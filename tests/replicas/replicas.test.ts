// Two replicas of the service (real `src/server.ts` processes, ports 18681/18682) behind Debian's
// nginx with deploy/nginx/replicas.conf as shipped (port 18680), all on loopback. A bounded load
// (REQUESTS GETs, CONCURRENCY at a time) runs through the proxy; part-way one replica is killed
// with SIGKILL. Nothing may be lost: connection errors on the dead replica are retried by nginx on
// the other (proxy_next_upstream, idempotent requests), so every request gets a 200 except at
// most the ones in flight at the kill. Skips when nginx is not installed (.ci/run installs it).
// With TEST_SPARQL_BACKEND set, both replicas run in front of that store.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const PROXY = 'http://127.0.0.1:18680';
const REPLICAS = [18681, 18682];
const REQUESTS = 300;
const CONCURRENCY = 6;
const KILL_AFTER = 100;

const replicas: ChildProcess[] = [];
let nginx: ChildProcess | undefined;
let prefix: string;
let replicaErrors = '';

async function waitFor(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

beforeAll(async () => {
  if (!NGINX) return;
  const backend = process.env.TEST_SPARQL_BACKEND;
  for (const port of REPLICAS) {
    replicas.push(
      // node itself with tsx's loader (not the tsx wrapper, which would survive as a parent while
      // SIGKILL hit only it, or leave its child running): one process per replica, killed exactly.
      spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', QUERY_WORKERS: '1', ...(backend ? { SPARQL_BACKEND: backend } : {}) },
        stdio: ['ignore', 'ignore', 'pipe'],
      }),
    );
    replicas.at(-1)!.stderr!.on('data', (d) => (replicaErrors += String(d)));
  }
  prefix = mkdtempSync(path.join(os.tmpdir(), 'hrd-nginx-'));
  spawnSync('chmod', ['777', prefix]);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  include ${path.join(PROJECT_ROOT, 'deploy', 'nginx', 'replicas.conf')};
}
`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  try {
    await Promise.all([...REPLICAS.map((p) => waitFor(`http://127.0.0.1:${p}/health`, 120_000)), waitFor(`${PROXY}/nginx-health`, 10_000)]);
  } catch (error) {
    throw new Error(`${(error as Error).message}; replica stderr: ${replicaErrors.slice(0, 2000)}`);
  }
}, 150_000);

afterAll(async () => {
  for (const child of [...replicas, nginx]) if (child && child.exitCode === null) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe.skipIf(!NGINX)('two replicas behind nginx (deploy/nginx/replicas.conf)', () => {
  it('both replicas serve through the proxy, and /health answers through it', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${PROXY}/health`);
      expect(res.status).toBe(200);
      seen.add(res.headers.get('x-upstream') ?? '');
    }
    expect([...seen].sort()).toEqual(REPLICAS.map((p) => `127.0.0.1:${p}`));
  });

  it('killing one replica mid-load loses no request beyond the ones in flight', async () => {
    const paths = [
      `/sparql?query=${encodeURIComponent('SELECT ?p ?o WHERE { <https://w3id.org/hrd-reprisals/id/person/cao-shunli> ?p ?o }')}`,
      '/id/person/cao-shunli',
      '/api/persons?limit=5',
    ];
    const statuses: number[] = [];
    const upstreamsAfterKill = new Set<string>();
    let sent = 0;
    let done = 0;
    let inFlightAtKill = -1;
    const worker = async () => {
      while (sent < REQUESTS) {
        const i = sent++;
        if (i === KILL_AFTER) {
          inFlightAtKill = sent - 1 - done;
          replicas[0]!.kill('SIGKILL');
        }
        try {
          const res = await fetch(PROXY + paths[i % paths.length]!, { headers: { Accept: 'application/sparql-results+json, application/json;q=0.9, text/html;q=0.8' } });
          await res.arrayBuffer();
          statuses.push(res.status);
          if (i > KILL_AFTER) upstreamsAfterKill.add(res.headers.get('x-upstream') ?? '');
        } catch {
          statuses.push(0);
        }
        done++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(statuses).toHaveLength(REQUESTS);
    const ok = statuses.filter((s) => s === 200).length;
    expect(inFlightAtKill).toBeGreaterThanOrEqual(0);
    expect(inFlightAtKill).toBeLessThanOrEqual(CONCURRENCY);
    expect(REQUESTS - ok).toBeLessThanOrEqual(inFlightAtKill);
    // After the kill, answers came from the surviving replica (a retried request names both).
    expect([...upstreamsAfterKill].every((u) => u.includes(`127.0.0.1:${REPLICAS[1]}`))).toBe(true);
    expect(replicas[0]!.exitCode !== null || replicas[0]!.signalCode === 'SIGKILL').toBe(true);
  }, 60_000);
});
