// HTTP caching settings, read from the environment once (src/http/app.ts uses them unless the
// caller passes its own):
//   RESULT_CACHE_MB    bytes of serialised responses kept in memory (LRU by bytes; default 32;
//                      0 turns the cache off — ETags, 304 and Cache-Control stay on)
//   CACHE_MAX_AGE_S    `max-age` of Cache-Control on cacheable 200 responses (default 3600)

export interface CacheConfig {
  /** Upper bound of the in-memory response cache in bytes; 0 = off. */
  readonly maxBytes: number;
  /** Largest single response kept, in bytes (a huge CONSTRUCT must not flush everything else). */
  readonly maxEntryBytes: number;
  /** Seconds a client or shared cache may reuse a 200 without revalidating. */
  readonly maxAgeSeconds: number;
}

export const DEFAULT_CACHE_MB = 32;
export const DEFAULT_MAX_AGE_S = 3600;

/** A quarter of the cache: one entry can never push out more than that share of the others. */
export function cacheConfig(maxBytes: number, maxAgeSeconds = DEFAULT_MAX_AGE_S): CacheConfig {
  return { maxBytes, maxEntryBytes: Math.floor(maxBytes / 4), maxAgeSeconds };
}

function nonNegative(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

/** Reads RESULT_CACHE_MB and CACHE_MAX_AGE_S; throws on an invalid value. */
export function cacheConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CacheConfig {
  const mb = nonNegative(env.RESULT_CACHE_MB, 'RESULT_CACHE_MB', DEFAULT_CACHE_MB);
  const maxAge = nonNegative(env.CACHE_MAX_AGE_S, 'CACHE_MAX_AGE_S', DEFAULT_MAX_AGE_S);
  return cacheConfig(Math.floor(mb * 1024 * 1024), Math.floor(maxAge));
}
