// Append-only typed arrays for the index build: the build streams millions of postings and positions, which
// plain JS arrays would hold at 8+ bytes per number plus per-term object overhead.
type TypedArray = Uint32Array | Uint16Array | Float32Array;

export class Grow<T extends TypedArray> {
  buf: T;
  length = 0;
  constructor(
    private readonly make: (n: number) => T,
    initial = 1024,
  ) {
    this.buf = make(initial);
  }
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = this.make(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  /** A right-sized copy, so the build's slack is not kept for the server's lifetime. */
  done(): T {
    return this.buf.slice(0, this.length) as T;
  }
}

export const growU32 = (n?: number) => new Grow((k) => new Uint32Array(k), n);
export const growU16 = (n?: number) => new Grow((k) => new Uint16Array(k), n);
