// The bounded in-memory cache of serialised 200 responses, least recently used first out, by
// bytes (lru-cache's maxSize with a size per entry). An entry is what the handler passed to
// `res.send` plus the headers it had set, so a replay goes through the same Express code and
// sends the same bytes. Cost: the body's bytes, the key's and the headers' (counted), plus a few
// hundred bytes of bookkeeping per entry (not counted).
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  /** The strong entity tag, quoted. */
  readonly etag: string;
  /** Header fields the handler set (name → value), ETag and Cache-Control included. */
  readonly headers: Readonly<Record<string, string | number | readonly string[]>>;
  /** As passed to res.send. */
  readonly body: string | Buffer;
}

export interface ResponseCacheStats {
  readonly entries: number;
  readonly bytes: number;
}

export class ResponseCache {
  private readonly lru: LRUCache<string, CachedResponse> | undefined;

  /** `maxBytes` 0 turns the cache off (get misses, set keeps nothing). */
  constructor(maxBytes: number, maxEntryBytes: number) {
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            maxEntrySize: Math.max(1, maxEntryBytes),
            sizeCalculation: (value, key) => sizeOf(key, value),
          })
        : undefined;
  }

  get enabled(): boolean {
    return this.lru !== undefined;
  }

  get(key: string): CachedResponse | undefined {
    return this.lru?.get(key);
  }

  /** Keeps the response unless the cache is off or it alone is over the per-entry limit; says which. */
  set(key: string, value: CachedResponse): boolean {
    if (!this.lru) return false;
    this.lru.set(key, value);
    return this.lru.has(key);
  }

  stats(): ResponseCacheStats {
    return { entries: this.lru?.size ?? 0, bytes: this.lru?.calculatedSize ?? 0 };
  }
}

/** Bytes an entry holds: UTF-16 key, the body (UTF-8 for text, as sent), and the header text. */
export function sizeOf(key: string, value: CachedResponse): number {
  const body = typeof value.body === 'string' ? Buffer.byteLength(value.body) : value.body.length;
  let headers = value.etag.length;
  for (const [name, field] of Object.entries(value.headers)) headers += name.length + String(field).length;
  return Math.max(1, key.length * 2 + body + headers);
}
