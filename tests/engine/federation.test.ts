// SERVICE through Comunica against a real second SPARQL endpoint on loopback (another instance
// of this service with its own tiny graph), allowlisted for the test. Proves the join works and
// that targets outside the allowlist, or on private addresses when not configured, are refused.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EX, FIXTURES, startService, type RunningService } from '../http/start-service.js';

let remote: RunningService;
let local: RunningService;
let strict: RunningService;
let remoteEndpoint: string;

beforeAll(async () => {
  remote = await startService({ files: [{ path: path.join(FIXTURES, 'remote.ttl'), part: 'data' }], namedGraphFiles: [] });
  remoteEndpoint = `${remote.url}/sparql`;
  [local, strict] = await Promise.all([
    startService({ federation: true, serviceAllowlist: [remoteEndpoint], allowPrivateServiceAddresses: true }),
    // Allowlisted, but private addresses not enabled: the guard must still refuse loopback.
    startService({ federation: true, serviceAllowlist: [remoteEndpoint], allowPrivateServiceAddresses: false }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([local?.stop(), strict?.stop(), remote?.stop()]);
});

const sparql = (service: RunningService, query: string) =>
  fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } });

describe('SERVICE (SPARQL 1.1 Federated Query)', () => {
  it('joins local data with an allowlisted endpoint', async () => {
    const res = await sparql(local, `SELECT ?label ?name WHERE {
      <${EX}bob> <http://www.w3.org/2000/01/rdf-schema#label> ?label ; <${EX}wikidata> ?q .
      SERVICE <${remoteEndpoint}> { ?q <${EX}name> ?name }
    }`);
    const text = await res.text();
    expect(res.status, text).toBe(200);
    const rows = JSON.parse(text).results.bindings;
    expect(rows).toHaveLength(1);
    expect(rows[0].label.value).toBe('Bob');
    expect(rows[0].name.value).toBe('Bob from the remote endpoint');
  }, 60_000);

  it('refuses an endpoint outside the allowlist with 403, without contacting it', async () => {
    const res = await sparql(local, `SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }`);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain('not allowed');
  });

  it('refuses a loopback endpoint unless private addresses are enabled', async () => {
    const res = await sparql(strict, `SELECT * WHERE { SERVICE <${remoteEndpoint}> { ?s ?p ?o } }`);
    const text = await res.text();
    expect(res.status, text).toBe(403);
    expect(text).toContain('private or loopback');
  }, 60_000);
});
