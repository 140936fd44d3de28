// Entity representations are built once and reused (the graph is immutable while the service
// runs); what a body depends on — the IRI, the syntax, the public address — keeps them apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './linked-data-helpers.js';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.stop());

const PATH = '/id/person/cao-shunli';

describe('entity representations', () => {
  it.each([['ttl'], ['nt'], ['jsonld'], ['rdf'], ['html']])('format=%s answers the same body twice', async (format) => {
    const first = await rawRequest(service.url, `${PATH}?format=${format}`);
    const second = await rawRequest(service.url, `${PATH}?format=${format}`);
    expect(first.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
  });

  it('keeps syntaxes apart: Turtle and N-Triples of the same entity differ', async () => {
    const ttl = await rawRequest(service.url, `${PATH}?format=ttl`);
    const nt = await rawRequest(service.url, `${PATH}?format=nt`);
    expect(ttl.body).toContain('@prefix');
    expect(nt.body).not.toContain('@prefix');
  });

  it('keeps public addresses apart: the JSON-LD @context follows the Host each client used', async () => {
    const a = await rawRequest(service.url, `${PATH}?format=jsonld`, { headers: { host: 'mirror-a.example' } });
    const b = await rawRequest(service.url, `${PATH}?format=jsonld`, { headers: { host: 'mirror-b.example' } });
    expect(JSON.parse(a.body)['@context']).toBe('http://mirror-a.example/context.jsonld');
    expect(JSON.parse(b.body)['@context']).toBe('http://mirror-b.example/context.jsonld');
  });

  it('still answers 404 for an unknown IRI after others were cached', async () => {
    const res = await rawRequest(service.url, '/id/person/no-such-person?format=ttl');
    expect(res.status).toBe(404);
  });
});
