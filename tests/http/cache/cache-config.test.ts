// RESULT_CACHE_MB and CACHE_MAX_AGE_S: defaults, off, fractions, and refusal of bad values.
import { describe, expect, it } from 'vitest';
import { cacheConfigFromEnv, DEFAULT_CACHE_MB, DEFAULT_MAX_AGE_S } from '../../../src/http/cache/cache-config.js';

describe('cacheConfigFromEnv', () => {
  it('defaults to 32 MB (a quarter of it per answer) and one hour', () => {
    expect(cacheConfigFromEnv({})).toEqual({ maxBytes: DEFAULT_CACHE_MB * 1024 * 1024, maxEntryBytes: 8 * 1024 * 1024, maxAgeSeconds: DEFAULT_MAX_AGE_S });
    expect(DEFAULT_MAX_AGE_S).toBe(3600);
  });

  it.each([
    [{ RESULT_CACHE_MB: '0' }, 0, 3600],
    [{ RESULT_CACHE_MB: '0.5', CACHE_MAX_AGE_S: '60' }, 512 * 1024, 60],
    [{ RESULT_CACHE_MB: ' ', CACHE_MAX_AGE_S: '0' }, 32 * 1024 * 1024, 0],
  ])('%j → %i bytes, max-age %i', (env, bytes, maxAge) => {
    const config = cacheConfigFromEnv(env);
    expect(config.maxBytes).toBe(bytes);
    expect(config.maxEntryBytes).toBe(Math.floor(bytes / 4));
    expect(config.maxAgeSeconds).toBe(maxAge);
  });

  it.each([{ RESULT_CACHE_MB: '-1' }, { RESULT_CACHE_MB: 'lots' }, { CACHE_MAX_AGE_S: 'NaN' }])('refuses %j', (env) => {
    expect(() => cacheConfigFromEnv(env)).toThrow(/must be a number ≥ 0/u);
  });
});
