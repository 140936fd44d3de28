// A small insertion-ordered cache for pages and layouts the views compute from the immutable
// graph: the same request gets the same answer, so it is built once. Bounded: past `max`
// entries the oldest is dropped (filter combinations are many, a few are common).
export class PageCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max: number) {}

  get(key: string, build: () => T): T {
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = build();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
    return value;
  }
}
