// Renders the planned blocks as text: lines of a block joined with a space (a table's with a newline), a word
// broken at a line end joined back, blocks separated by a blank line.
import type { Repair } from '../types';
import { hyphenatedTail, keepsHyphen, leadingWord, type Vocabulary } from './hyphenation';
import type { Line } from './lines';
import { concatMapped, originAt, sliceMapped, syntheticText, type MappedText } from './mapped-text';
import { layoutOf, planBlocks, startsLowercase, type Block } from './paragraphs';

export interface RenderResult {
  text: MappedText;
  repairs: Repair[];
}

/** Joins one block's lines: a space between lines, nothing (or the hyphen dropped) after a broken word. */
export function renderBlock(block: Block, vocabulary: Vocabulary, original = ''): RenderResult {
  const repairs: Repair[] = [];
  const parts: MappedText[] = [];
  block.lines.forEach((line, index) => {
    const previous = parts[parts.length - 1];
    if (index > 0 && previous) {
      const separator = block.kind === 'table' ? '\n' : ' ';
      const tail = hyphenatedTail(previous.text);
      const head = leadingWord(line.content.text);
      if (block.kind !== 'table' && tail && head) {
        // "NBI-" + "AHTRAD", "hal-" + "hal": the hyphen stays and no space is added; a split syllable loses it.
        if (startsLowercase(line.content.text) && !keepsHyphen(tail, head, vocabulary)) {
          const hyphenAt = previous.text.length - 1;
          const from = originAt(previous, hyphenAt - tail.length);
          const to = originAt(line.content, head.length - 1) + 1;
          const source = original.slice(from, to) || `${tail}-\n${head}`;
          repairs.push({
            kind: 'hyphenation',
            original: source,
            replacement: tail + head,
            originalStart: from,
          });
          parts[parts.length - 1] = sliceMapped(previous, 0, hyphenAt);
        }
      } else {
        parts.push(syntheticText(separator, originAt(previous, previous.text.length - 1) + 1));
      }
    }
    parts.push(line.content);
  });
  return { text: concatMapped(parts), repairs };
}

/** The cleaned paragraphs, separated by a blank line, plus the hyphenation repairs. */
export function joinParagraphs(
  lines: Line[],
  vocabulary: Vocabulary,
  original = '',
  ctx = layoutOf(lines),
): RenderResult {
  const blocks = planBlocks(lines, ctx);
  const parts: MappedText[] = [];
  const repairs: Repair[] = [];
  for (const block of blocks) {
    const rendered = renderBlock(block, vocabulary, original);
    const previous = parts[parts.length - 1];
    if (previous) parts.push(syntheticText('\n\n', originAt(previous, previous.text.length - 1) + 1));
    parts.push(rendered.text);
    for (const repair of rendered.repairs) repairs.push(repair);
  }
  return { text: concatMapped(parts), repairs };
}
