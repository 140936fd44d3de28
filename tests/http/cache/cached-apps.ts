// Test helper: one query engine on the fixture graph (tests/fixtures/engine/tiny.ttl; entity
// pages and the API read the bundled graph) and several apps around it with different cache
// settings (AppOptions), each listening on port 0, so the same request can be compared across them.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { DEFAULT_ENGINE_CONFIG } from '../../../src/engine/engine-config.js';
import { EngineService } from '../../../src/engine/engine-service.js';
import { createApp, type AppOptions } from '../../../src/http/app.js';
import { createHttpServer } from '../../../src/http/http-server.js';
import { FIXTURES } from '../start-service.js';

export interface CachedApps {
  /** Base URL of each app, by the name it was started under. */
  readonly url: Record<string, string>;
  stop(): Promise<void>;
}

export async function startCachedApps(apps: Record<string, Partial<AppOptions>>, timeoutMs = 3000): Promise<CachedApps> {
  const engine = await EngineService.start({
    ...DEFAULT_ENGINE_CONFIG,
    federation: false,
    serviceAllowlist: [],
    workers: 1,
    timeoutMs,
    files: [{ path: path.join(FIXTURES, 'tiny.ttl'), part: 'data' }],
  }, () => undefined);
  const servers: Server[] = [];
  const url: Record<string, string> = {};
  for (const [name, options] of Object.entries(apps)) {
    const app = createApp({ engine, log: () => undefined, ...options });
    const server = createHttpServer(app).listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    servers.push(server);
    url[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    url,
    stop: async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await engine.close();
    },
  };
}

export interface Snapshot {
  readonly status: number;
  /** Every header but Date, Connection and Keep-Alive (which vary per response by design). */
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

const PER_RESPONSE = new Set(['date', 'connection', 'keep-alive']);

export async function snapshot(url: string, init: RequestInit = {}): Promise<Snapshot> {
  const res = await fetch(url, init);
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name)) headers[name] = value;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** The headers without Cache-Status: what must be identical whether the cache answered or not. */
export function withoutCacheStatus(headers: Record<string, string>): Record<string, string> {
  const { ['cache-status']: _status, ...rest } = headers;
  return rest;
}
