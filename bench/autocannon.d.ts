// The part of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    readonly average: number;
    readonly p50: number;
    readonly p99: number;
  }
  interface Result {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly non2xx: number;
    readonly errors: number;
    readonly timeouts: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    timeout?: number;
    /** Per-request rewrite (bench/side-by-side.ts: distinct requests for cold-cache runs). */
    requests?: { setupRequest?: (request: { path: string }) => { path: string } }[];
  }
  export default function autocannon(options: Options): Promise<Result>;
}
