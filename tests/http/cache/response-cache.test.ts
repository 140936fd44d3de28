// The LRU by bytes behind the HTTP cache: what it counts, what it evicts, what it refuses.
import { describe, expect, it } from 'vitest';
import { ResponseCache, sizeOf, type CachedResponse } from '../../../src/http/cache/response-cache.js';

const entry = (body: string): CachedResponse => ({ etag: '"t"', headers: { 'Content-Type': 'text/plain' }, body });

describe('ResponseCache', () => {
  it('counts the key (UTF-16), the body in UTF-8 and the header text', () => {
    // key 'k' = 2 bytes; body 'é' = 2 bytes; etag 3; header name 12 + value 10
    expect(sizeOf('k', entry('é'))).toBe(2 + 2 + 3 + 12 + 10);
    expect(sizeOf('k', { ...entry(''), body: Buffer.alloc(100) })).toBe(2 + 100 + 3 + 22);
  });

  it('evicts the least recently used entries once the bytes are over the limit', () => {
    const one = sizeOf('a', entry('x'.repeat(400)));
    const cache = new ResponseCache(one * 2 + 10, one * 2);
    expect(cache.set('a', entry('x'.repeat(400)))).toBe(true);
    expect(cache.set('b', entry('x'.repeat(400)))).toBe(true);
    expect(cache.get('a')?.body).toEqual(Buffer.from('x'.repeat(400))); // kept as UTF-8 bytes; a is now the most recently used
    expect(cache.set('c', entry('x'.repeat(400)))).toBe(true);
    expect(cache.get('b')).toBeUndefined(); // b was the least recently used
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.stats()).toEqual({ entries: 2, bytes: one * 2 });
  });

  it('refuses an entry over the per-entry limit and keeps the others', () => {
    const cache = new ResponseCache(10_000, 1_000);
    cache.set('small', entry('x'.repeat(100)));
    expect(cache.set('big', entry('x'.repeat(2_000)))).toBe(false);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });

  it('keeps a string body as its UTF-8 bytes, and says beforehand whether an entry fits', () => {
    const cache = new ResponseCache(10_000, 1_000);
    const body = '曹顺利 Cao Shunli';
    expect(cache.fits('k', entry(body))).toBe(true);
    expect(cache.fits('k', entry('x'.repeat(2_000)))).toBe(false);
    cache.set('k', entry(body));
    expect(Buffer.isBuffer(cache.get('k')?.body)).toBe(true);
    expect((cache.get('k')!.body as Buffer).toString('utf8')).toBe(body);
    expect(cache.stats().bytes).toBe(sizeOf('k', entry(body)));
    expect(new ResponseCache(0, 0).fits('k', entry(body))).toBe(false);
  });

  it('keeps nothing when off (0 bytes)', () => {
    const cache = new ResponseCache(0, 0);
    expect(cache.enabled).toBe(false);
    expect(cache.set('a', entry('x'))).toBe(false);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });
});
