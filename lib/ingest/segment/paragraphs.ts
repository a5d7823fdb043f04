// The segmenter reads the cleaned text as a list of paragraphs with their offsets; every Field it produces
// points back into the cleaned text through these offsets.

export interface Paragraph {
  index: number;
  text: string;
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /\n{2,}/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) return;
    paragraphs.push({
      index: paragraphs.length,
      text: body,
      start: from + lead,
      end: from + lead + body.length,
    });
  };
  for (const match of text.matchAll(pattern)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

/** Offsets of `part` inside paragraph `p`, or the whole paragraph when it is not found. */
export function spanOf(p: Paragraph, part: string, from = 0): { start: number; end: number } {
  const at = p.text.indexOf(part, from);
  if (at === -1) return { start: p.start, end: p.end };
  return { start: p.start + at, end: p.start + at + part.length };
}
