// The parent side of an engine process: how the pool starts one, and how it reads its memory.
// Each engine is `child_process.fork` of a worker module (oxigraph-worker or federation-worker)
// with its own V8 heap cap (--max-old-space-size) and the flags below; stdout/stderr go to the
// HTTP process's own, so a crash report (V8 fatal error, abort) lands in the service log.
// Cost: one Node process per engine (about 40 MB before the graph is loaded).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ENGINE_INIT_ENV } from './engine-channel.js';
import type { WorkerInit } from './worker-protocol.js';

/**
 * V8 flags of every engine process.
 * --no-turbo-inline-js-wasm-calls: works around a V8 11.3 (Node 20) fatal error. Turbofan inlines
 * calls from JS into WebAssembly (Oxigraph's wasm-bindgen glue); when such inlined code is lazily
 * deoptimised and the Wasm function returns a reference (externref), the deoptimiser reaches
 * UNREACHABLE in Deoptimizer::TranslatedValueForWasmReturnKind and the whole process aborts
 * ("Fatal error in , line 0 / unreachable code"). Issue 8's recipe (a timed-out cross product,
 * then a large CONSTRUCT) hit it within 1–3 pairs; with the flag, 60 pairs ran clean on the old
 * threads (bench/RESULTS.md). The cost is the inlining of those calls only (the Wasm code itself
 * is compiled as before; a CONSTRUCT of 10,000 triples measured no slower).
 */
export const ENGINE_V8_FLAGS = ['--no-turbo-inline-js-wasm-calls'] as const;

export interface EngineProcessOptions {
  /** The worker module (a file URL): a .ts file when running from source, .js when built. */
  readonly entry: URL;
  readonly init: WorkerInit;
  /** Cap of the engine's JS heap in MB (Oxigraph's WASM memory is outside it: see the RSS cap). */
  readonly maxHeapMb: number;
}

/** Node flags a child needs to run `entry`: tsx's loader when it is TypeScript (running from source). */
export function loaderArgs(entry: URL): string[] {
  return entry.pathname.endsWith('.ts') ? ['--import', TSX_LOADER()] : [];
}

/** Starts one engine process; the caller listens to 'message', 'exit' and 'error'. */
export function spawnEngine(options: EngineProcessOptions): ChildProcess {
  return fork(fileURLToPath(options.entry), [], {
    execArgv: [...loaderArgs(options.entry), `--max-old-space-size=${options.maxHeapMb}`, ...ENGINE_V8_FLAGS],
    env: { ...process.env, [ENGINE_INIT_ENV]: JSON.stringify(options.init) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Structured clone: a text result crosses as bytes, not as a JSON string (engine-channel.ts).
    serialization: 'advanced',
  });
}

/** tsx's ESM loader as an absolute URL, so the child finds it whatever its working directory. */
const TSX_LOADER = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const PAGE_BYTES = 4096;

/** Resident set size of a process in bytes, from /proc (Linux); undefined where unavailable. */
export function residentBytes(pid: number): number | undefined {
  try {
    // /proc/<pid>/statm: size resident shared text lib data dt, in pages (proc(5)).
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(resident) ? resident * PAGE_BYTES : undefined;
  } catch {
    return undefined;
  }
}
