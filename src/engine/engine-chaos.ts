// Test-only fault injection for engine processes, used by the chaos tests (tests/chaos/). Enabled
// only when the engine process has ENGINE_CHAOS=1 in its environment, which no production path
// sets (engine-process.ts passes it through only from the parent's own environment). With it on, a
// query whose text contains one of these markers makes the engine fail on purpose:
//   #chaos:abort   process.abort() (SIGABRT, as a V8 fatal error does)
//   #chaos:segv    process.kill(process.pid, 'SIGSEGV')
//   #chaos:exit    process.exit(70)
//   #chaos:memory  allocates outside the JS heap until the parent's RSS cap stops it
//   #chaos:hang    blocks the process in a busy loop (a query that never ends)
//   #chaos:slow    blocks the process for 1.5 s, then runs the query normally (a slow query)
// Markers sit in SPARQL comments, so the same query is valid without chaos.

const MARKER = /#chaos:(abort|segv|exit|memory|hang|slow)\b/;
const SLOW_MS = 1500;

export function engineChaos(env: NodeJS.ProcessEnv = process.env): ((query: string) => void) | undefined {
  if (env.ENGINE_CHAOS !== '1') return undefined;
  return (query) => {
    const action = MARKER.exec(query)?.[1];
    switch (action) {
      case 'abort':
        process.abort();
        break;
      case 'segv':
        process.kill(process.pid, 'SIGSEGV');
        break;
      case 'exit':
        process.exit(70);
        break;
      case 'memory': {
        // Buffers live outside the JS heap (like Oxigraph's WASM memory): only the RSS cap sees them.
        // The parent samples this process's RSS from outside, so the loop never needs to yield.
        const hold: Buffer[] = [];
        for (;;) hold.push(Buffer.alloc(16 * 1024 * 1024, 1));
      }
      case 'hang':
        for (;;);
      case 'slow': {
        const until = Date.now() + SLOW_MS;
        while (Date.now() < until);
        break;
      }
    }
  };
}
