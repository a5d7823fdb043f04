// Body sections: each heading paragraph opens a section that runs to the next heading. Levels: the genre's fixed
// section names and headings in capitals are 1, numbered parts ("1. ...") are 3, other sub-headings are 2.
import type { Section } from '../types';
import { isAllCaps, isSectionKeyword, looksLikeHeading, numberingOf } from '../clean/heading-shape';
import { detectLanguage } from './language';
import type { Paragraph } from './paragraphs';

export function isHeadingParagraph(p: Paragraph): boolean {
  return isSectionKeyword(p.text) || looksLikeHeading(p.text);
}

export function headingLevel(text: string): number {
  if (isSectionKeyword(text) || isAllCaps(text)) return 1;
  const numbering = numberingOf(text);
  if (numbering && /\d/.test(numbering)) return 3;
  return 2;
}

/** Heading text without a closing period ("Faktor Tingginya Kasus OSEC di Filipina."). */
export function headingText(text: string): string {
  return text.replace(/\s*[.:]$/, '').trim();
}

export function findSections(paragraphs: Paragraph[], fullText: string): Section[] {
  const sections: Section[] = [];
  paragraphs.forEach((p, i) => {
    if (!isHeadingParagraph(p)) return;
    let last = p;
    for (let j = i + 1; j < paragraphs.length; j += 1) {
      const next = paragraphs[j] as Paragraph;
      if (isHeadingParagraph(next)) break;
      last = next;
    }
    const bodyStart = last === p ? p.end : (paragraphs[i + 1]?.start ?? p.end);
    const text = fullText.slice(bodyStart, last.end);
    const language = detectLanguage(text) ?? undefined;
    const section: Section = {
      heading: headingText(p.text),
      level: headingLevel(p.text),
      text,
      start: p.start,
      end: last.end,
    };
    sections.push(language ? { ...section, language } : section);
  });
  return sections;
}
