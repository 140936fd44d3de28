// The bounded in-memory cache of serialised 200 responses, least recently used first out, by
// bytes (lru-cache's maxSize with a size per entry). An entry is the body the handler passed to
// `res.send`, kept as the UTF-8 bytes that were sent, plus the headers as sent (Content-Type with
// the charset Express added), so a replay goes through the same Express code and sends the same
// bytes. Bodies are Buffers, outside V8's heap: the limit is what they really hold (a string with
// one CJK character costs V8 two bytes per character), and a hit sends them without encoding
// again. Cost: the body's bytes, the key's and the headers' (counted), plus a few hundred bytes of
// bookkeeping per entry (not counted).
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  /** The strong entity tag, quoted. */
  readonly etag: string;
  /** Header fields the handler set (name → value), ETag and Cache-Control included. */
  readonly headers: Readonly<Record<string, string | number | readonly string[]>>;
  /** As passed to res.send; kept as a Buffer (set() encodes a string as UTF-8). */
  readonly body: string | Buffer;
}

export interface ResponseCacheStats {
  readonly entries: number;
  readonly bytes: number;
}

export class ResponseCache {
  private readonly lru: LRUCache<string, CachedResponse> | undefined;

  /** `maxBytes` 0 turns the cache off (get misses, set keeps nothing). */
  private readonly maxEntryBytes: number;

  constructor(maxBytes: number, maxEntryBytes: number) {
    this.maxEntryBytes = Math.max(1, maxEntryBytes);
    this.lru =
      maxBytes > 0
        ? new LRUCache<string, CachedResponse>({
            maxSize: maxBytes,
            maxEntrySize: this.maxEntryBytes,
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

  /** Whether set() would keep this entry: the cache is on and the entry is within the per-entry limit. */
  fits(key: string, value: CachedResponse): boolean {
    return this.lru !== undefined && sizeOf(key, value) <= this.maxEntryBytes;
  }

  /** Keeps the response (its body as UTF-8 bytes) unless the cache is off or it alone is over the per-entry limit; says which. */
  set(key: string, value: CachedResponse): boolean {
    if (!this.lru) return false;
    this.lru.set(key, typeof value.body === 'string' ? { ...value, body: Buffer.from(value.body, 'utf8') } : value);
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
