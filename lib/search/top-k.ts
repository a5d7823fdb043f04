// Min-heap of the best k (key, document) pairs; the root is the key a new document must beat.
export class TopK {
  readonly keys: Float64Array;
  readonly docs: Int32Array;
  size = 0;
  constructor(readonly k: number) {
    this.keys = new Float64Array(k);
    this.docs = new Int32Array(k);
  }
  /** Callers on hot loops check `size < k || key > keys[0]` first, which rejects most documents without a call. */
  offer(key: number, doc: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.keys[p]! <= key) break;
        this.keys[i] = this.keys[p]!;
        this.docs[i] = this.docs[p]!;
        i = p;
      }
      this.keys[i] = key;
      this.docs[i] = doc;
      return;
    }
    // Ties keep the document offered first.
    if (key <= this.keys[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const c = l + 1 < this.k && this.keys[l + 1]! < this.keys[l]! ? l + 1 : l;
      if (this.keys[c]! >= key) break;
      this.keys[i] = this.keys[c]!;
      this.docs[i] = this.docs[c]!;
      i = c;
    }
    this.keys[i] = key;
    this.docs[i] = doc;
  }
  sorted(): { key: number; doc: number }[] {
    const out: { key: number; doc: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ key: this.keys[i]!, doc: this.docs[i]! });
    return out.sort((a, b) => b.key - a.key || a.doc - b.doc);
  }
}
