import { Cite, CITATION_LOCALES, ensureLocales, type CitationLanguage } from './cite';
import type { CslItem } from './csl-schema';

export interface ApaEntry {
  id: string;
  /** The reference-list entry; in HTML, citeproc's escaped markup (only <i>, <b>, <span>, <div> and entities). */
  reference: string;
  /** The parenthetical in-text citation, e.g. "(Devi et al., 2024)" or, in Indonesian, "(Devi dkk., 2024)". */
  inText: string;
}

/**
 * APA 7 through citation-js's citeproc, one entry per item in the order given (a reading list is ordered by the
 * lecturer, not alphabetically). Indonesian uses the CSL id-ID locale: "dkk.", "t.t." (no date), "dan".
 */
export function formatApa(
  items: CslItem[],
  { language = 'en', format = 'text' }: { language?: CitationLanguage; format?: 'text' | 'html' } = {},
): ApaEntry[] {
  if (!items.length) return [];
  ensureLocales();
  const cite = new Cite(items);
  const lang = CITATION_LOCALES[language];
  return items.map((item) => {
    const entry = String(item.id);
    const reference = String(cite.format('bibliography', { template: 'apa', lang, format, entry })).trim();
    const inText = String(cite.format('citation', { template: 'apa', lang, format: 'text', entry })).trim();
    return { id: entry, reference: format === 'html' ? innerEntry(reference) : reference, inText };
  });
}

/** citeproc wraps each entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>; keep the inside. */
function innerEntry(html: string): string {
  const match = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/.exec(html);
  return match?.[1]?.trim() ?? html;
}
