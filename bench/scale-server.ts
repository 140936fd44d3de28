// The service with the embedded engine over one N-Triples file (for `npm run bench -- --scale`):
// the same app as src/server.ts, minus validation (generated data) and the entity graph.
// Usage: node --import tsx bench/scale-server.ts <port> <file.nt>
import { createApp } from '../src/http/app.js';
import { createHttpServer } from '../src/http/http-server.js';
import { engineConfigFromEnv } from '../src/engine/engine-config.js';
import { EngineService } from '../src/engine/engine-service.js';

const [port, file] = process.argv.slice(2) as [string, string];
const config = { ...engineConfigFromEnv(), files: [{ path: file, part: 'data' as const }], federation: false };
const engine = await EngineService.start(config);
createHttpServer(createApp({ engine, limits: { maxQueryLength: config.maxQueryLength } })).listen(Number(port), '127.0.0.1');
