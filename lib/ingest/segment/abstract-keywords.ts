// How keyword lines relate to the abstracts beside them: the paragraph right after an abstract may be its keyword
// list without a label, and a keyword line's language can be told by the abstract it stands next to.
import type { Lang } from '../../vocabulary/types';
import type { AbstractBlock } from './abstracts';

const lastIndexOf = (block: AbstractBlock) => block.body.at(-1) ?? block.headingIndex;

/** The paragraph right after each abstract, with the abstract's language: where an unlabelled list may stand. */
export function unlabelledKeywordsAt(blocks: AbstractBlock[]): Map<number, Lang> {
  const at = new Map<number, Lang>();
  for (const block of blocks) if (!at.has(lastIndexOf(block) + 1)) at.set(lastIndexOf(block) + 1, block.lang);
  return at;
}

/**
 * The language of the abstract a keyword line at paragraph `index` belongs to: the one that ends just before it,
 * else the one whose heading follows just after it (OJS pages print the keywords above the abstract).
 */
export function abstractLangNear(blocks: AbstractBlock[]): (index: number) => Lang | null {
  return (index) => {
    const before = blocks.find((b) => index - lastIndexOf(b) >= 1 && index - lastIndexOf(b) <= 2);
    if (before) return before.lang;
    const after = blocks.find((b) => b.headingIndex - index >= 1 && b.headingIndex - index <= 2);
    return after?.lang ?? null;
  };
}

/** The paragraphs that belong to an abstract's body. */
export function abstractBodyIndices(blocks: AbstractBlock[]): Set<number> {
  return new Set(blocks.flatMap((b) => b.body));
}
