/** What one entry costs beyond its key and value: the map's slot and the entry object, roughly. */
const ENTRY_OVERHEAD = 200;

/**
 * A least-recently-used map held to a budget of bytes that counts each key as well as its value, so
 * that many small answers under long keys cannot grow past it.
 */
export class ByteBudgetLru<V> {
  private entries = new Map<string, V>();
  private used = 0;

  constructor(
    readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  private cost(key: string, value: V): number {
    return Buffer.byteLength(key) + this.sizeOf(value) + ENTRY_OVERHEAD;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // keep recently used entries at the end
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.used -= this.cost(key, old);
    }
    this.entries.set(key, value);
    this.used += this.cost(key, value);
    for (const [k, v] of this.entries) {
      if (this.used <= this.budget) break;
      this.entries.delete(k);
      this.used -= this.cost(k, v);
    }
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }
}
