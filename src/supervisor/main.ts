// `npm start`: the supervisor (supervisor.ts) running the HTTP server (src/server.ts) as its
// child. SIGTERM or SIGINT stops the server, which stops its engine processes, then exits.
// Environment: the server's own (see src/server.ts), plus
//   SUPERVISOR_MAX_BACKOFF_MS  longest wait between restarts in a crash loop (default 30000)
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Supervisor } from './supervisor.js';

const fromSource = import.meta.url.endsWith('.ts');
const entry = new URL(`../server.${fromSource ? 'ts' : 'js'}`, import.meta.url);
const execArgv = fromSource ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
const maxBackoff = Number(process.env.SUPERVISOR_MAX_BACKOFF_MS ?? 30_000);

const supervisor = new Supervisor({
  entry,
  execArgv,
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
