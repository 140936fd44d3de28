// The report's text at its IRI (rep:sourceText): every passage's offsets refer to these bytes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_IRI, SOURCE_TEXT_FILE } from '../../src/config.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { REP } from '../../src/vocab.js';
import { rawRequest } from './linked-data-helpers.js';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.stop());

describe('GET /source/:name', () => {
  it("serves the report's text at the path of the rep:sourceText IRI the data gives", async () => {
    const [iri] = loadGraph().store.getObjects(null, REP.sourceText, null).map((t) => t.value);
    expect(iri?.startsWith(`${BASE_IRI}source/`)).toBe(true);
    const res = await fetch(`${service.url}/${(iri ?? '').slice(BASE_IRI.length)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(readFileSync(SOURCE_TEXT_FILE, 'utf8'));
  });

  it.each([
    ['GET', '/source/unknown.txt', 404],
    ['GET', '/source/..%2Fpackage.json', 404],
    ['GET', '/source/%2e%2e%2f%2e%2e%2fpackage.json', 404],
    ['POST', '/source/chrd-2018-11-01-reprisals-against-hrds-cooperating-with-un.txt', 405],
  ])('%s %s → %i, without a stack trace', async (method, path, status) => {
    const res = await rawRequest(service.url, path, { method });
    expect(res.status).toBe(status);
    expect(res.body).not.toMatch(/\bat .+\.(ts|js):\d+/u);
  });
});
