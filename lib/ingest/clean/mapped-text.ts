// A string that remembers, for each of its characters, where it came from in the decoded original.
// Every cleaning step edits a MappedText instead of a bare string, so offsets into the cleaned text can always
// be mapped back (CleanText.toOriginal) without each step doing its own bookkeeping.

export interface MappedText {
  text: string;
  /**
   * origins[i] is the offset in the decoded text of text[i]; inserted characters borrow a neighbour's origin.
   * A typed array: slicing a line out is a view, not a copy, and a document's worth of origins is one block of
   * memory rather than millions of array slots for the garbage collector to walk.
   */
  origins: Int32Array;
}

export function mapText(text: string, start = 0): MappedText {
  const origins = new Int32Array(text.length);
  for (let i = 0; i < text.length; i += 1) origins[i] = start + i;
  return { text, origins };
}

export function sliceMapped(mt: MappedText, start: number, end = mt.text.length): MappedText {
  return { text: mt.text.slice(start, end), origins: mt.origins.subarray(start, end) };
}

export function concatMapped(parts: MappedText[]): MappedText {
  let length = 0;
  for (const part of parts) length += part.origins.length;
  const origins = new Int32Array(length);
  let at = 0;
  for (const part of parts) {
    origins.set(part.origins, at);
    at += part.origins.length;
  }
  return { text: parts.map((p) => p.text).join(''), origins };
}

/** Text inserted by the cleaner (a joining space); it points at `origin`, the nearest source position. */
export function syntheticText(text: string, origin: number): MappedText {
  return { text, origins: new Int32Array(text.length).fill(origin) };
}

export function originAt(mt: MappedText, index: number): number {
  if (mt.origins.length === 0) return 0;
  const clamped = Math.min(Math.max(index, 0), mt.origins.length - 1);
  return mt.origins[clamped] ?? 0;
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Applies non-overlapping edits (sorted or not). Kept characters keep their origin; replacement characters take
 * the origin of the replaced character at the same position (or the last one), so a same-length OCR fix maps 1:1.
 */
export function applyEdits(mt: MappedText, edits: Edit[]): MappedText {
  if (edits.length === 0) return mt;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // The first of two overlapping edits wins; the rest are dropped before anything is written.
  const applied: Edit[] = [];
  let length = mt.text.length;
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue;
    applied.push(edit);
    length += edit.replacement.length - (edit.end - edit.start);
    cursor = edit.end;
  }
  const text: string[] = [];
  const origins = new Int32Array(length);
  let at = 0;
  const keep = (from: number, to: number) => {
    text.push(mt.text.slice(from, to));
    origins.set(mt.origins.subarray(from, to), at);
    at += to - from;
  };
  cursor = 0;
  for (const edit of applied) {
    keep(cursor, edit.start);
    text.push(edit.replacement);
    for (let j = 0; j < edit.replacement.length; j += 1) {
      origins[at++] = originAt(mt, Math.min(edit.start + j, Math.max(edit.end - 1, edit.start)));
    }
    cursor = edit.end;
  }
  keep(cursor, mt.text.length);
  return { text: text.join(''), origins };
}

/** Compresses origins into anchor pairs [cleanOffset, originalOffset] where the 1:1 run breaks. */
export function toAnchors(origins: Int32Array): Array<[number, number]> {
  const anchors: Array<[number, number]> = [];
  for (let i = 0; i < origins.length; i += 1) {
    const origin = origins[i] ?? 0;
    const previous = anchors[anchors.length - 1];
    if (previous && previous[1] + (i - previous[0]) === origin) continue;
    anchors.push([i, origin]);
  }
  return anchors;
}

/** Builds toOriginal from anchor pairs; offsets past the end map to `originalLength`. */
export function makeToOriginal(
  anchors: Array<[number, number]>,
  cleanLength: number,
  originalLength: number,
) {
  return (offset: number): number => {
    if (offset >= cleanLength) return originalLength;
    if (offset <= 0 || anchors.length === 0) return anchors[0]?.[1] ?? 0;
    let low = 0;
    let high = anchors.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((anchors[mid]?.[0] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    const [cleanStart, originalStart] = anchors[low] ?? [0, 0];
    return originalStart + (offset - cleanStart);
  };
}
