// The floor of one more HTTP hop in front of a SPARQL store, for bench/layer-cost.ts: a Node
// process that forwards each GET to the store over a keep-alive undici Pool (as the service's
// remote engine does) and pipes the answer back, with no parsing, checking or serialising.
// What the service costs over this is its own work; what this costs over the store direct is
// the price of any proxy written in Node on this machine.
//   npx tsx bench/bare-proxy.ts <port> <store endpoint> [default graph]
import http from 'node:http';
import { Pool } from 'undici';

const [port, endpoint, defaultGraph] = process.argv.slice(2);
if (!port || !endpoint) throw new Error('usage: bare-proxy.ts <port> <store endpoint> [default graph]');
const target = new URL(endpoint);
const pool = new Pool(target.origin, { connections: 16, keepAliveTimeout: 30_000 });

http
  .createServer((req, res) => {
    const search = new URL(req.url ?? '/', 'http://x').searchParams;
    if (defaultGraph) search.set('default-graph-uri', defaultGraph);
    pool
      .request({ path: `${target.pathname}?${search}`, method: 'GET', headers: { accept: req.headers.accept ?? '*/*' } })
      .then(async (upstream) => {
        res.writeHead(upstream.statusCode, { 'content-type': String(upstream.headers['content-type'] ?? 'application/octet-stream') });
        for await (const chunk of upstream.body) res.write(chunk);
        res.end();
      })
      .catch((error: Error) => {
        res.writeHead(502).end(error.message);
      });
  })
  .listen(Number(port), '127.0.0.1');
