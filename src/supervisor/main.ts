// `npm start`: the supervisor (supervisor.ts) running the HTTP server (src/server.ts) as its
// child. SIGTERM or SIGINT stops the server, which stops its engine processes, then exits.
// Environment: the server's own (see src/server.ts), plus
//   SUPERVISOR_MAX_BACKOFF_MS  longest wait between restarts in a crash loop (default 30000)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { serverEnvironment, Supervisor } from './supervisor.js';

const fromSource = import.meta.url.endsWith('.ts');
const entry = new URL(`../server.${fromSource ? 'ts' : 'js'}`, import.meta.url);
/**
 * V8 flags of the server process. A young generation of 2 MB semi-spaces (V8's default grows to
 * 16 MB each and keeps them): measured with bench/rss.ts, the server holds 55–63 MB of private
 * memory after serving every kind of request instead of 76–100 MB, and cold SPARQL lookups ran at
 * the same rate within this machine's noise (2,076–2,270 req/s vs 1,572–2,370 with the default).
 * The engine processes keep V8's default: there a 1 MB young generation cost ~25 % of throughput.
 */
export const SERVER_V8_FLAGS = ['--max-semi-space-size=2'];
const execArgv = [...(fromSource ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : []), ...SERVER_V8_FLAGS];
const serverEnv = serverEnvironment(process.env);
const maxBackoff = Number(process.env.SUPERVISOR_MAX_BACKOFF_MS ?? 30_000);

const supervisor = new Supervisor({
  entry,
  execArgv,
  env: serverEnv,
  maxBackoffMs: Number.isFinite(maxBackoff) && maxBackoff > 0 ? maxBackoff : 30_000,
  onGiveUp: (code) => process.exit(code),
});
supervisor.start();

const stop = (signal: NodeJS.Signals) => {
  console.error(`[supervisor] ${signal}: stopping the server`);
  void supervisor.stop().then((code) => process.exit(code));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
