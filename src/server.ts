// The HTTP server process: validates the bundled graph, starts the query engine processes and
// serves the HTTP service. `npm start` runs it under the supervisor (src/supervisor/main.ts),
// which restarts it if it dies; it can also run alone (`tsx src/server.ts`).
//   PORT              port to listen on (default 8080); HOST (default 0.0.0.0)
//   PUBLIC_BASE_URL   the service's public address (default http://localhost:PORT/)
//   plus the engine's variables (src/engine/engine-config.ts): QUERY_TIMEOUT_MS, MAX_RESULT_ROWS,
//   MAX_QUERY_LENGTH, QUERY_WORKERS, QUERY_WORKERS_AT_REST, ENGINE_IDLE_MS, QUERY_QUEUE_LIMIT,
//   SERVICE_ALLOWLIST, SERVICE_ALLOW_PRIVATE
//   ENGINE_MAX_HEAP_MB, ENGINE_MAX_RSS_MB
// Refuses to start (exit 78, EX_CONFIG, with the validator's report) when the data does not
// validate, the configuration is invalid or the port is taken; the supervisor does not restart
// after exit 78, since a restart cannot fix it.
// Start-up order (bench/rss.ts measures it): the engine processes are spawned first, and this
// process loads the HTTP layer's modules (~0.5 s) and the entity graph while they load theirs;
// the release is built (a child process, seconds of CPU) only once the server listens.
import type { Server } from 'node:http';
import { sharedEntityGraph } from './domain/entity/shared-entity-graph.js';
import { storeReleaseInfo } from './domain/export/release-info.js';
import { engineConfigFromEnv } from './engine/engine-config.js';
import { startEngine } from './engine/create-engine.js';
import { remoteConfigFromEnv } from './engine/remote/remote-config.js';
import { releaseMaxTriples } from './engine/release-limit.js';
import { EXIT_CONFIG } from './supervisor/exit-codes.js';

export const DEFAULT_PORT = 8080;

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const host = process.env.HOST ?? '0.0.0.0';
  let config: ReturnType<typeof engineConfigFromEnv>;
  try {
    config = engineConfigFromEnv();
    releaseMaxTriples(); // RELEASE_MAX_TRIPLES, read by the release child: refused here when invalid
  } catch (error) {
    console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT_CONFIG);
  }
  const started = Date.now();

  // Validation (a one-shot child process, so its memory is returned when it exits, and skipped when
  // its report is kept: validation-cache.ts) and the graph load (engine processes) run side by
  // side; or, with SPARQL_BACKEND, the remote store (create-engine.ts).
  const remote = remoteConfigFromEnv();
  const starting = startEngine(config, remote);
  starting.catch(() => undefined); // awaited below; handled there
  const [{ createApp }, { createHttpServer }, { sharedRelease }] = await Promise.all([
    import('./http/app.js'),
    import('./http/http-server.js'),
    import('./http/release/release-cache.js'),
  ]);
  // Entity pages and the JSON-LD API read their own copy of the graph: load it now, while the
  // engines load theirs (with a remote store, startEngine installs the store's graph instead).
  if (remote === null) sharedEntityGraph();
  const [report, engine] = await starting;
  if (!report.conforms) {
    await engine.close();
    const errors = report.violations.filter((v) => v.severity === 'Violation');
    console.error(`Refusing to start: the graph does not validate (${errors.length} violations).`);
    for (const v of errors.slice(0, 50)) console.error(`  ${v.focusNode}${v.path ? ` ${v.path}` : ''}: ${v.message}${v.value ? ` (${v.value})` : ''}`);
    if (errors.length > 50) console.error(`  … and ${errors.length - 50} more (run \`npm run validate\`).`);
    process.exit(EXIT_CONFIG);
  }

  // The Comunica engine is not started here: it starts with the first SERVICE query (lean at rest).
  // Unset: every link is built from the request (Host), so a remote client is sent back here.
  const publicBaseUrl = process.env.PUBLIC_BASE_URL || undefined;
  const shownUrl = publicBaseUrl ?? `http://localhost:${port}/`;
  const { graphVersion, graphLoaded } = engine.info();
  const app = createApp({
    engine,
    // A remote store's own version (its load record, src/engine/remote/): ETags follow the store's
    // data, not the local files. Unset for the embedded engine: the bundled files' hash.
    graphVersion: graphVersion || undefined,
    // …and so does the home page's schema.org Dataset (the same version and date as its /release).
    ...(graphVersion ? { release: storeReleaseInfo(graphVersion, graphLoaded) } : {}),
    publicBaseUrl,
    serviceAllowlist: config.serviceAllowlist,
    limits: { maxQueryLength: config.maxQueryLength },
  });
  const server: Server = createHttpServer(app).listen(port, host, () => {
    // The dataset release (/release) is built now, in its own process, so no visitor waits for it.
    // (In front of a SPARQL store it is read through the store; a failure is logged by release-cache.ts.)
    sharedRelease().catch(() => undefined);
    // The home page's standing charts (three SPARQL queries, answered once per process): run now,
    // so the first visitor of / does not wait for them (issue 9: first render ≤ 1 s).
    void import('./http/viz/standing-charts.js').then(({ standingCharts }) => standingCharts(engine)).catch(() => undefined);
    // The site search's indexes too (the first search built them: ~1 s first render before).
    void import('./http/search/search-routes.js').then(({ warmSearch }) => warmSearch(sharedEntityGraph())).catch(() => undefined);
    console.log(
      `Serving ${engine.triples} triples on ${shownUrl} (SPARQL at ${shownUrl}sparql; ` +
        `${config.workers} engine processes, ${config.timeoutMs} ms limit) — ready in ${Date.now() - started} ms`,
    );
  });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
    void engine.close().then(() => process.exit(EXIT_CONFIG));
  });

  const stop = () => {
    server.close();
    server.closeAllConnections();
    void engine.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// A request can never take the process down: anything that escapes a handler is logged.
process.on('unhandledRejection', (reason) => console.error('[unhandled rejection]', reason));

main().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
