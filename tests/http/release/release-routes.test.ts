// The release handlers (src/http/release/release-routes.ts) on builds that end in each way, with
// the build injected: a store too large for a release on the fly is 503 `release_too_large` with
// the way out and no Retry-After (HTML page too, never the "being built" page); a failed build is
// 503 `release_failed` with Retry-After and without the child's message; the index negotiates
// HTML/JSON through negotiate.ts (kind `index`), `format=json` included.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import { releaseFile } from '../../../src/domain/export/release-file.js';
import { ReleaseTooLargeError } from '../../../src/engine/release-limit.js';
import { ReleaseBuildError } from '../../../src/engine/release-process.js';
import { errorMiddleware } from '../../../src/http/errors.js';
import type { RouteContext } from '../../../src/http/route-context.js';
import { releaseHandlers } from '../../../src/http/release/release-routes.js';

const servers: import('node:http').Server[] = [];

async function serve(build: () => Promise<Release>): Promise<string> {
  const app = express();
  const h = releaseHandlers({} as RouteContext, build);
  app.get('/release', h.index);
  app.get('/release/*path', h.file);
  app.get('/.well-known/void', h.wellKnownVoid);
  app.use(errorMiddleware(() => undefined));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const fake = {
  info: { version: 'sha256-test', issued: '2026-12-01' },
  files: [releaseFile('void.ttl', '<a> <b> <c> .\n', { mediaType: 'text/turtle', kind: 'metadata', title: 'VoID' })],
  tables: [],
  triples: 1,
  cover: { places: [] },
} as unknown as Release;

let tooLarge: string;
let failed: string;
let ok: string;

beforeAll(async () => {
  tooLarge = await serve(() => Promise.reject(new ReleaseTooLargeError(2_500_000, 1_000_000)));
  failed = await serve(() => Promise.reject(new ReleaseBuildError('Error: Cannot use the SPARQL store at http://10.0.0.7:8890/sparql: refused')));
  ok = await serve(() => Promise.resolve(fake));
});
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

describe('a store too large for a release on the fly', () => {
  it('is 503 release_too_large in JSON, naming the size, the limit and the offline export, without Retry-After', async () => {
    const res = await fetch(`${tooLarge}/release`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBeNull();
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('release_too_large');
    expect(error.message).toContain('holds 2500000 triples');
    expect(error.message).toContain('RELEASE_MAX_TRIPLES (1000000)');
    expect(error.message).toContain('npx kg export --from-store');
  });

  it('is a 503 HTML page saying so, not the self-reloading "being built" page', async () => {
    const res = await fetch(`${tooLarge}/release`, { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(503);
    const page = await res.text();
    expect(page).toContain('RELEASE_MAX_TRIPLES');
    expect(page).not.toContain('being built');
    expect(page).not.toContain('http-equiv="refresh"');
  });

  it('is 503 for every file and for /.well-known/void', async () => {
    for (const path of ['/release/void.ttl', '/release/SHA256SUMS', '/.well-known/void']) {
      const res = await fetch(`${tooLarge}${path}`, { headers: { Accept: 'text/plain' } });
      expect(res.status, path).toBe(503);
      expect(await res.text(), path).toContain('release_too_large');
    }
  });
});

describe('a failed build', () => {
  it("is 503 release_failed with Retry-After, and does not pass on the child's message", async () => {
    const res = await fetch(`${failed}/release/void.ttl`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const text = await res.text();
    expect(text).toContain('release_failed');
    expect(text).not.toContain('10.0.0.7');
  });
});

describe('the index, negotiated as kind `index`', () => {
  it.each([
    [undefined, undefined, 'text/html'],
    ['application/json', undefined, 'application/json'],
    ['text/html', 'json', 'application/json'],
    ['application/json', 'html', 'text/html'],
  ])('Accept %j, format=%j → %s', async (accept, format, type) => {
    const res = await fetch(`${ok}/release${format ? `?format=${format}` : ''}`, { headers: accept ? { Accept: accept } : {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(res.headers.get('vary')).toContain('Accept');
    const body = await res.text();
    expect(body).toContain('sha256-test');
  });

  it('is 406 for format=ttl and for Accept: application/ld+json', async () => {
    expect((await fetch(`${ok}/release?format=ttl`)).status).toBe(406);
    expect((await fetch(`${ok}/release`, { headers: { Accept: 'application/ld+json' } })).status).toBe(406);
  });
});
