// Abstracts per language: a heading (ABSTRAK, Abstract, ...) in any order, the body up to the keywords line or
// the next heading. The heading claims a language; the body's own words confirm or overrule it.
import type { Lang } from '../../vocabulary/types';
import { isKeywordLine, isSectionKeyword, looksLikeHeading } from '../clean/heading-shape';
import { isNameList } from '../clean/running-headers';
import { confirmLanguage } from './language';
import type { Paragraph } from './paragraphs';

export interface AbstractBlock {
  lang: Lang;
  headingIndex: number;
  /** Paragraph indices of the body, in order. */
  body: number[];
  start: number;
  end: number;
}

const HEADING = /^(abstrak|intisari|ringkasan|abstract|summary)\s*(?:[:.\-–—]\s*|$)/i;

/** The language an abstract heading names, and where the body starts when it follows on the same line. */
export function parseAbstractHeading(text: string): { lang: Lang; inlineFrom: number | null } | null {
  const match = HEADING.exec(text.trim());
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const lang: Lang = word === 'abstract' || word === 'summary' ? 'en' : 'id';
  const rest = text.slice(match[0].length).trim();
  if (rest.length === 0) return { lang, inlineFrom: null };
  // "Abstract: This study ..." is a heading with its body; "Abstract Submission Rules" is not a heading.
  return /^\p{Lu}/u.test(rest) && rest.split(/\s+/).length >= 8
    ? { lang, inlineFrom: text.indexOf(rest) }
    : null;
}

/** Whether paragraph `p` ends an abstract body that is being collected. */
export function endsAbstract(p: Paragraph): boolean {
  return (
    parseAbstractHeading(p.text) !== null ||
    isKeywordLine(p.text) ||
    isSectionKeyword(p.text) ||
    looksLikeHeading(p.text) ||
    isNameList(p.text)
  );
}

export function findAbstracts(paragraphs: Paragraph[]): AbstractBlock[] {
  const blocks: AbstractBlock[] = [];
  paragraphs.forEach((p, i) => {
    const heading = parseAbstractHeading(p.text);
    if (!heading) return;
    const body: number[] = [];
    let start = heading.inlineFrom === null ? -1 : p.start + heading.inlineFrom;
    let end = heading.inlineFrom === null ? -1 : p.end;
    if (heading.inlineFrom !== null) body.push(i);
    for (let j = i + 1; j < paragraphs.length; j += 1) {
      const next = paragraphs[j] as Paragraph;
      if (endsAbstract(next)) break;
      body.push(j);
      if (start === -1) start = next.start;
      end = next.end;
    }
    if (start === -1) return;
    blocks.push({ lang: heading.lang, headingIndex: i, body, start, end });
  });
  return blocks;
}

/** Confirms each block's language from its text; the first abstract of a language wins. */
export function abstractsByLanguage(blocks: AbstractBlock[], text: string): Map<Lang, AbstractBlock> {
  const byLang = new Map<Lang, AbstractBlock>();
  for (const block of blocks) {
    const lang = confirmLanguage(block.lang, text.slice(block.start, block.end));
    if (!byLang.has(lang)) byLang.set(lang, { ...block, lang });
  }
  return byLang;
}
