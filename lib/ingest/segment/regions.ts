// Where the front matter ends and the body begins, from the positions of the abstracts and keyword lines.
import type { Lang } from '../../vocabulary/types';
import { isSectionKeyword } from '../clean/heading-shape';
import type { AbstractBlock } from './abstracts';
import type { KeywordLine } from './keywords';
import type { Paragraph } from './paragraphs';
import { isHeadingParagraph } from './sections';

export interface Regions {
  /** Paragraphs of the title block and other front matter (abstracts and keyword lines excluded). */
  front: Paragraph[];
  /** Index of the first body paragraph (paragraphs.length when there is no body). */
  bodyStart: number;
  /** The language of the abstract that follows a front paragraph. */
  langAfter: (p: Paragraph) => Lang | null;
}

export function findRegions(
  paragraphs: Paragraph[],
  abstracts: AbstractBlock[],
  keywords: KeywordLine[],
): Regions {
  const used = new Set<number>([
    ...abstracts.flatMap((a) => (a.headingShared ? a.body : [a.headingIndex, ...a.body])),
    ...keywords.map((k) => k.index),
  ]);
  // A loop, not Math.max(...used): a document can hold more keyword lines than a call takes arguments.
  let lastFront = -1;
  for (const index of used) lastFront = Math.max(lastFront, index);
  let bodyStart = paragraphs.length;
  if (lastFront >= 0) {
    const heading = paragraphs.find((p) => p.index > lastFront && isHeadingParagraph(p));
    bodyStart = heading ? heading.index : Math.min(paragraphs.length, lastFront + 1);
  } else {
    const heading = paragraphs.find((p) => isSectionKeyword(p.text));
    if (heading) bodyStart = heading.index;
  }
  const frontEnd = lastFront >= 0 ? Math.min(bodyStart, lastFront + 1) : bodyStart;
  const front = paragraphs.filter((p) => p.index < frontEnd && !used.has(p.index));
  const langAfter = (p: Paragraph) => abstracts.find((a) => a.headingIndex > p.index)?.lang ?? null;
  return { front, bodyStart, langAfter };
}
