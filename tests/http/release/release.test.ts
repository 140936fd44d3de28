// The release over HTTP (routes.ts, dataset release block): downloads byte-identical to the
// release built in-process, conditional GET, the file list, /.well-known/void with this server's
// URLs, and path tricks refused with 400 before any lookup. The service builds its release in a
// one-shot child process, from the service's files here (SPARQL_BACKEND unset, also in the remote
// pass; the release read through a store: release-store.test.ts).
import { Parser, Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Release } from '../../../src/domain/export/build-release.js';
import { DATASET_IRI, RELEASE_ISSUED, releaseInfo } from '../../../src/domain/export/release-info.js';
import { releaseLinks } from '../../../src/domain/export/release-links.js';
import { NS } from '../../../src/vocab.js';
import { BUILD_TIMEOUT, bundledRelease, fileOf } from '../../domain/export/release-helper.js';
import { rawRequest } from '../linked-data-helpers.js';
import { startService, type RunningService } from '../start-service.js';

let service: RunningService;
let release: Release;

beforeAll(async () => {
  service = await startService();
  release = await bundledRelease();
  await fetch(`${service.url}/release/SHA256SUMS`); // the service's own build, in its process
}, BUILD_TIMEOUT);
afterAll(() => service.stop());

describe('GET /release/<file>', () => {
  it.each([
    ['tables/acts.csv', 'text/csv; charset=utf-8'],
    ['rdf/hrd-reprisals.ttl', 'text/turtle; charset=utf-8'],
    ['rdf/hrd-reprisals.nt.gz', 'application/gzip'],
    ['datapackage.json', 'application/json; charset=utf-8'],
    ['void.ttl', 'text/turtle; charset=utf-8'],
  ])('%s: the built bytes, as %s, with an ETag', async (path, type) => {
    const res = await fetch(`${service.url}/release/${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(Buffer.from(await res.arrayBuffer()).equals(fileOf(release, path))).toBe(true);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{64}"$/u);
  });

  it('answers 304 to a matching If-None-Match, and HEAD without a body', async () => {
    const first = await fetch(`${service.url}/release/codebook.md`);
    const etag = first.headers.get('etag')!;
    // node:http, not fetch: fetch adds Cache-Control: no-cache to a conditional request.
    const again = await rawRequest(service.url, '/release/codebook.md', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${service.url}/release/codebook.md`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is 404 for a file the release does not hold', async () => {
    expect((await fetch(`${service.url}/release/tables/nope.csv`)).status).toBe(404);
  });

  it.each([
    '/release/../package.json',
    '/release/%2e%2e/package.json',
    '/release/tables/..%2Facts.csv',
    '/release/tables/%2e%2e/%2e%2e/package.json',
    '/release/tables//acts.csv',
    '/release/.env',
    '/release/tables%5Cacts.csv',
    '/release/tables/acts.csv%00',
    '/release/./void.ttl',
  ])('refuses the path trick %s with 400', async (path) => {
    const res = await rawRequest(service.url, path);
    expect(res.status).toBe(400);
    expect(res.body).toContain('Not a release file path');
  });

  it('is 405 for other methods', async () => {
    const res = await fetch(`${service.url}/release/void.ttl`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
  });
});

describe('GET /release', () => {
  it('lists every file as links (HTML)', async () => {
    const page = await (await fetch(`${service.url}/release`)).text();
    for (const file of release.files) expect(page).toContain(`href="/release/${file.path}"`);
  });

  it('lists every file with size and SHA-256 (JSON)', async () => {
    const res = await fetch(`${service.url}/release/`, { headers: { Accept: 'application/json' } });
    const body = (await res.json()) as { version: string; files: { path: string; bytes: number }[] };
    expect(body.version).toBe(release.info.version);
    expect(body.files.map((f) => f.path)).toEqual(release.files.map((f) => f.path));
  });

  it.each([['application/json;q=0, text/html;q=0'], ['text/csv']])('answers 406 to Accept: %s', async (accept) => {
    const res = await fetch(`${service.url}/release`, { headers: { Accept: accept } });
    expect(res.status).toBe(406);
    expect(await res.text()).toMatch(/available: text\/html, application\/json/u);
  });
});

describe('GET /.well-known/void', () => {
  it('describes the dataset with this server\'s endpoint and download URLs', async () => {
    const res = await fetch(`${service.url}/.well-known/void`);
    expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const store = new Store(new Parser({ format: 'text/turtle' }).parse(await res.text()));
    expect(store.getObjects(DATASET_IRI, NS.void('sparqlEndpoint'), null).map((o) => o.value)).toEqual([`${service.url}/sparql`]);
    const dumps = store.getObjects(DATASET_IRI, NS.void('dataDump'), null).map((o) => o.value);
    expect(dumps).toContain(`${service.url}/release/rdf/hrd-reprisals.nt.gz`);
    expect(store.getObjects(DATASET_IRI, NS.void('triples'), null)[0]?.value).toBe(String(release.triples));
  });
});

describe('the home page', () => {
  it('links the downloads, each of which the service answers', async () => {
    const page = await (await fetch(`${service.url}/`)).text();
    for (const link of releaseLinks()) {
      expect(page).toContain(`href="${link.href}"`);
      expect((await fetch(`${service.url}${link.href}`, { method: 'HEAD' })).status, link.href).toBe(200);
    }
  });

  it('carries a schema.org Dataset in JSON-LD, with licence and downloads', async () => {
    const page = await (await fetch(`${service.url}/`)).text();
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(page)![1]!;
    expect(json).not.toContain('<');
    const dataset = JSON.parse(json) as { '@type': string; license: string; version: string; datePublished: string; distribution: { contentUrl: string }[] };
    expect(dataset['@type']).toBe('Dataset');
    // The app's default: the bundled release's version and date (a store's: release-store.test.ts).
    expect([dataset.version, dataset.datePublished]).toEqual([releaseInfo().version, RELEASE_ISSUED]);
    expect(dataset.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.distribution.map((d) => d.contentUrl)).toContain('/release/rdf/hrd-reprisals.nt.gz');
  });
});
