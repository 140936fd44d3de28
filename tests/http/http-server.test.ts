// Requests at the edge of HTTP parsing: a long GET query reaches the app (and its 413 with CORS)
// instead of Node's bare 431; a POST with no body at all gets a 400 that says what to send.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.stop());

/** Sends `head` (request line and headers, no body) on a raw socket; resolves with the response. */
function rawHttp(url: string, head: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(head));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('the HTTP server', () => {
  it('lets a 40 KB GET query reach the endpoint, which answers 413 with CORS and a way out', async () => {
    const query = `SELECT * WHERE { ?s ?p ?o } # ${'x'.repeat(40 * 1024)}`;
    const res = await fetch(`${service.url}/sparql?query=${encodeURIComponent(query)}`);
    expect(res.status).toBe(413);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toMatch(/limit is 32768/u);
  });

  it('answers a POST without any body with 400 saying how to send the query', async () => {
    const response = await rawHttp(
      service.url,
      'POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n',
    );
    expect(response).toMatch(/^HTTP\/1\.1 400 /u);
    expect(response).toMatch(/POST \/sparql has no body: send the query as application\/sparql-query, or as query=… in an application\/x-www-form-urlencoded body\./u);
  });
});
