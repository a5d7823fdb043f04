// A study's findings, quoted: we do not summarise, we point at the sentences where the authors state what they
// found: the opening of the conclusion when the text has one, else the abstract's sentences that report results.
import type { SourceQuote } from './source-quote';

export interface Finding extends SourceQuote {
  language: 'id' | 'en' | null;
}

const CONCLUSION_HEADING =
  /^(\d+\.?\s*)?(simpulan|kesimpulan|penutup|conclusions?|concluding remarks|closing)\b/i;
const RESULT_MARKERS =
  /\b(hasil (penelitian|analisis|studi)|menunjukkan|disimpulkan|kesimpulan|ditemukan|temuan|the results?|results show|shows? that|found that|finds? that|findings|concludes?|conclusion)\b/i;
const MAX_SENTENCES = 2;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface FindingSource {
  abstracts: { id: string | null; en: string | null };
  sections: { heading: string; text: string; language: string | null }[];
}

/** Up to two quoted findings per source language; empty when the text states none we can recognise. */
export function findFindings(study: FindingSource): Finding[] {
  const conclusionIndex = study.sections.findIndex((s) => CONCLUSION_HEADING.test(s.heading.trim()));
  const conclusion = study.sections[conclusionIndex];
  const found: Finding[] = [];
  if (conclusion) {
    const text = sentences(conclusion.text).slice(0, MAX_SENTENCES).join(' ');
    const language =
      conclusion.language === 'id' || conclusion.language === 'en' ? conclusion.language : null;
    if (text) found.push({ text, anchor: `section-${conclusionIndex + 1}`, language });
  }
  for (const language of ['id', 'en'] as const) {
    const abstract = study.abstracts[language];
    if (!abstract) continue;
    const reported = sentences(abstract).filter((s) => RESULT_MARKERS.test(s));
    if (reported.length)
      found.push({
        text: reported.slice(0, MAX_SENTENCES).join(' '),
        anchor: `abstract-${language}`,
        language,
      });
  }
  return found;
}

/** The finding to show in one interface language: the conclusion first, then the abstract in that language. */
export function pickFinding(findings: Finding[], locale: 'id' | 'en'): Finding | null {
  return (
    findings.find((f) => f.anchor?.startsWith('section-')) ??
    findings.find((f) => f.language === locale) ??
    findings[0] ??
    null
  );
}
