// Bitsets over document numbers (bit d % 32 of word d >> 5), shared by the filters (facets.ts) and the
// every-word path (bitsets.ts).

/** Words of a bitset over `docCount` documents. */
export const wordsFor = (docCount: number) => (docCount + 31) >>> 5;

/** Sets document d. */
export function setBit(bits: Int32Array, d: number): void {
  bits[d >>> 5]! |= 1 << (d & 31);
}

/** ORs the documents of a list (e.g. a posting list or a facet value's documents) into `bits`. */
export function setAll(bits: Int32Array, docs: ArrayLike<number>): void {
  for (let i = 0; i < docs.length; i++) setBit(bits, docs[i]!);
}

/** The document of the lowest set bit of word `x`, which is word `w` of a bitset (`x &= x - 1` moves on). */
export const lowestDoc = (w: number, x: number) => (w << 5) | (31 - Math.clz32(x & -x));
