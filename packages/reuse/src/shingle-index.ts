/**
 * An inverted shingle index over one group of reports (a county's): shingle hash → the reports that hold it,
 * each once. Open addressing and linked postings in typed arrays, kept between groups, so indexing a
 * province allocates a few arrays instead of millions of Map entries.
 */
export class ShingleIndex {
  private keys = new Int32Array(0);
  private heads = new Int32Array(0);
  /** the report of each posting */
  docs = new Int32Array(0);
  /** the next posting of the same shingle, -1 at the end */
  next = new Int32Array(0);
  private mask = 0;
  private postings = 0;

  /** Empties the index for a group of at most `shingles` shingle occurrences. */
  reset(shingles: number): void {
    const slots = 2 ** Math.max(10, Math.ceil(Math.log2(2 * shingles + 1)));
    if (slots > this.keys.length) {
      this.keys = new Int32Array(slots);
      this.heads = new Int32Array(slots);
    }
    if (shingles > this.docs.length) {
      this.docs = new Int32Array(shingles);
      this.next = new Int32Array(shingles);
    }
    this.heads.fill(-1, 0, slots);
    this.mask = slots - 1;
    this.postings = 0;
  }

  add(doc: number, hashes: Int32Array): void {
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i] ?? 0;
      const slot = this.slotOf(hash);
      this.keys[slot] = hash;
      const head = this.heads[slot] ?? -1;
      // reports are added one after another, so a repeat within one report is always at the head
      if (head >= 0 && this.docs[head] === doc) continue;
      const p = this.postings++;
      this.docs[p] = doc;
      this.next[p] = head;
      this.heads[slot] = p;
    }
  }

  /** The first posting of a shingle, -1 when no report holds it; follow `next`. */
  first(hash: number): number {
    return this.heads[this.slotOf(hash)] ?? -1;
  }

  private slotOf(hash: number): number {
    let slot = hash & this.mask;
    while ((this.heads[slot] ?? -1) >= 0 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }
}
