// The bilingual glossary, compiled once at build: every phrase of an entry is analysed in its own language, so a
// query that matches any phrase (in either language) is expanded to all phrases of the entry.
import type { Country, Framework, GlossaryEntry, Organisation } from '../vocabulary/types';
import { analyseToken, tokenize } from './analyse';
import type { GlossaryPhrase, Lang } from './types';

/** Analyse a phrase into slots of alternative terms; stop words leave a gap so positions still line up. */
export function analysePhrase(text: string, lang: Lang): { gap: number; terms: string[] }[] {
  const slots: { gap: number; terms: string[] }[] = [];
  let gap = 0;
  for (const tok of tokenize(text)) {
    const terms = analyseToken(tok.raw, lang);
    if (terms.length === 0) {
      gap++;
      continue;
    }
    slots.push({ gap: slots.length === 0 ? 0 : gap + 1, terms });
    gap = 0;
  }
  return slots;
}

export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryPhrase[] {
  const out: GlossaryPhrase[] = [];
  entries.forEach((entry, i) => {
    for (const lang of ['en', 'id'] as const) {
      for (const label of entry[lang]) {
        const slots = analysePhrase(label, lang);
        if (slots.length > 0) out.push({ entry: i, label, lang, slots });
      }
    }
  });
  return out;
}

/**
 * Glossary entries from the bilingual vocabularies (names, acronyms and aliases of organisations, countries and
 * frameworks), to append to the curated glossary: "Philippines" / "Filipina", "IOM" / "Organisasi Internasional
 * untuk Migrasi". Only types are imported, so lib/search has no runtime dependency on lib/vocabulary.
 */
export function glossaryFromVocabulary(v: {
  organisations?: readonly Organisation[];
  countries?: readonly Country[];
  frameworks?: readonly Framework[];
}): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const item of [...(v.organisations ?? []), ...(v.countries ?? []), ...(v.frameworks ?? [])]) {
    const acronym = 'acronym' in item && item.acronym ? [item.acronym] : [];
    out.push({ en: [item.name.en, ...acronym, ...item.aliases], id: [item.name.id] });
  }
  return out;
}
