import { describe, expect, it } from 'vitest';
import { PageCache } from '../../../src/http/viz/page-cache.js';

describe('PageCache', () => {
  it('builds a key once and drops the oldest past its bound', () => {
    const cache = new PageCache<string>(2);
    const built: string[] = [];
    const get = (key: string) => cache.get(key, () => (built.push(key), `page ${key}`));
    expect([get('a'), get('a'), get('b')]).toEqual(['page a', 'page a', 'page b']);
    expect(built).toEqual(['a', 'b']);
    get('c'); // drops a
    get('b');
    get('a');
    expect(built).toEqual(['a', 'b', 'c', 'a']);
  });
});
