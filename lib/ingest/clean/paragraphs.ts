// Re-joins lines wrapped at column width into paragraphs. Decisions are made per pair of neighbouring lines from
// what the text shows: a gap (blank lines), a sentence end, a short last line, an indent, a lower-case start, a
// heading shape. The plan (which lines form which paragraph) is separate from the rendering (how they join).
import {
  isAllCaps,
  isCaptionStart,
  isKeywordLine,
  isSectionKeyword,
  looksLikeHeading,
} from './heading-shape';
import { hyphenatedTail } from './hyphenation';
import { isDoubleSpaced, typicalWidth, type Line } from './lines';

export type BlockKind = 'heading' | 'table' | 'caption' | 'keywords' | 'list-item' | 'text';

export interface Block {
  kind: BlockKind;
  lines: Line[];
}

export interface LayoutContext {
  doubleSpaced: boolean;
  width: number;
}

export function layoutOf(lines: Line[]): LayoutContext {
  return { doubleSpaced: isDoubleSpaced(lines), width: typicalWidth(lines) };
}

const textOf = (line: Line | undefined) => line?.content.text ?? '';

export const endsSentence = (text: string) => /[.!?]["'”’)\]]*$/.test(text);
export const startsLowercase = (text: string) => /^\p{Ll}/u.test(text);
const startsUppercase = (text: string) => /^["'“‘]?[\p{Lu}\p{N}]/u.test(text);
const isListMarker = (text: string) => /^(?:[-–•▪●◦]\s|\[\d{1,3}\]\s)/.test(text);

export function isGap(line: Line, ctx: LayoutContext): boolean {
  return line.blanksBefore >= (ctx.doubleSpaced ? 2 : 1);
}

/** How many lines from `i` form one heading (0 when line `i` does not start a heading). */
export function headingRunLength(lines: Line[], i: number, ctx: LayoutContext, afterHeading = false): number {
  const line = lines[i];
  if (!line || line.tabular) return 0;
  const text = textOf(line);
  if (isSectionKeyword(text)) return 1;
  const previous = lines[i - 1];
  const atBoundary =
    afterHeading || !previous || isGap(line, ctx) || endsSentence(textOf(previous)) || previous.tabular;
  if (!atBoundary) return 0;
  if (isAllCaps(text) && looksLikeHeading(text) && !text.endsWith('.')) {
    const k = allCapsRun(lines, i, ctx);
    return closesHeading(lines[i + k], ctx) ? k : 0;
  }
  let best = 0;
  for (let k = 1; k <= 3; k += 1) {
    const run = lines.slice(i, i + k);
    if (run.length < k || run.slice(1).some((l) => isGap(l, ctx))) break;
    const joined = run.map(textOf).join(' ');
    if (!looksLikeHeading(joined) || /[-,]$/.test(joined)) continue;
    const closed = closesHeading(lines[i + k], ctx);
    // A longer run only when the lines before its last one were full (the heading itself wrapped).
    const wrapped = run.slice(0, -1).every((l) => textOf(l).length >= ctx.width * 0.7);
    if (closed && (k === 1 || wrapped)) best = k;
  }
  return best;
}

/** What may follow a heading: nothing, a gap, or a line that starts a sentence. */
function closesHeading(follower: Line | undefined, ctx: LayoutContext): boolean {
  return (
    !follower || isGap(follower, ctx) || startsUppercase(textOf(follower)) || isCaptionStart(textOf(follower))
  );
}

function allCapsRun(lines: Line[], i: number, ctx: LayoutContext): number {
  let k = 1;
  while (k < 4) {
    const next = lines[i + k];
    if (
      !next ||
      isGap(next, ctx) ||
      next.tabular ||
      isSectionKeyword(textOf(next)) ||
      !isAllCaps(textOf(next))
    )
      break;
    k += 1;
  }
  return k;
}

function blockKindOf(text: string): BlockKind {
  if (isCaptionStart(text)) return 'caption';
  if (isKeywordLine(text)) return 'keywords';
  if (isListMarker(text)) return 'list-item';
  return 'text';
}

/** Whether `next` continues the block that `previous` ended, given the block's kind. */
export function continuesBlock(block: Block, next: Line, ctx: LayoutContext): boolean {
  const previous = block.lines[block.lines.length - 1];
  const prevText = textOf(previous);
  const nextText = textOf(next);
  if (next.tabular || isCaptionStart(nextText) || isKeywordLine(nextText) || isListMarker(nextText))
    return false;
  if (isSectionKeyword(nextText)) return false;
  const gap = isGap(next, ctx);
  const continuation = startsLowercase(nextText) || /^[,;:)\]]/.test(nextText);
  if (block.kind === 'keywords') return !gap && (/[,;]$/.test(prevText) || continuation);
  if (block.kind === 'caption') {
    return !gap && !endsSentence(prevText) && (prevText.length >= ctx.width * 0.75 || continuation);
  }
  if (hyphenatedTail(prevText) && startsLowercase(nextText)) return true;
  if (gap)
    return continuation || (/^[\p{N}(]/u.test(nextText) && !endsSentence(prevText) && !/:$/.test(prevText));
  if (!endsSentence(prevText)) return true;
  const shortLast = prevText.length < ctx.width * 0.8;
  // A new indent opens a paragraph; a return to the margin after a hanging indent opens a list entry.
  const indented = next.indent > (previous?.indent ?? 0) + 1;
  const outdented = next.indent < (previous?.indent ?? 0) - 1;
  return !(shortLast || indented || outdented);
}

/** Groups lines into blocks: headings, tables, captions, keyword lines, list items and running text. */
export function planBlocks(lines: Line[], ctx: LayoutContext): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    const headingLength = headingRunLength(lines, i, ctx, blocks[blocks.length - 1]?.kind === 'heading');
    if (headingLength > 0) {
      blocks.push({ kind: 'heading', lines: lines.slice(i, i + headingLength) });
      current = null;
      i += headingLength;
      continue;
    }
    if (line.tabular) {
      if (current?.kind === 'table') current.lines.push(line);
      else blocks.push((current = { kind: 'table', lines: [line] }));
    } else if (
      current &&
      current.kind !== 'table' &&
      current.kind !== 'heading' &&
      continuesBlock(current, line, ctx)
    ) {
      current.lines.push(line);
    } else {
      blocks.push((current = { kind: blockKindOf(textOf(line)), lines: [line] }));
    }
    i += 1;
  }
  return blocks;
}
