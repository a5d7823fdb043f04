// Shared helpers of the open vocabulary: sentences cut into word tokens, the URL-safe key of a term the vocabulary
// lacks, its display form, and a rough test of whether a short phrase is Indonesian (to prefer the English gloss
// in "konsep keamanan manusia (human security)" but keep "burden sharing (pembagian beban)").

export interface Token {
  text: string;
  lower: string;
  start: number; // offsets in the document text
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words (with inner hyphens and apostrophes) and single punctuation marks of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const at = start + (m.index ?? 0);
    const value = m[0];
    // Markdown emphasis left in the text is transparent: "*soft power*" is "soft power".
    if (value === '*' || value === '_') continue;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      start: at,
      end: at + value.length,
      word: /[\p{L}\p{N}]/u.test(value),
    });
  }
  return tokens;
}

/**
 * The key of a term the vocabulary lacks: "open--" and the slug of its name. Vocabulary keys never hold "--"
 * (lib/vocabulary/schemas.ts), so the two can never collide, and the key fits the URL patterns of facet values.
 */
export function openKey(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `open--${slug || 'term'}`;
}

const ACRONYM = /^[\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*$/u;

/** Sentence case with acronyms kept: "KONSEP Debt Bondage" words become "Debt bondage", "INGO roles" stays. */
export function displayName(words: string[]): string {
  const allCaps = words.every((w) => !/\p{Ll}/u.test(w));
  const out = words.map((w) => (!allCaps && ACRONYM.test(w) && w.length >= 2 ? w : w.toLowerCase()));
  const joined = out.join(' ');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

// Indonesian affixes and frequent words in names of concepts; English words rarely take these shapes.
const INDONESIAN_WORD =
  /^(?:(?:ke|pe|per|pem|pen|peng|peny|pel|ber|ter)\p{L}{2,}an|\p{L}+(?:isme|isasi|asi|si|itas)|kerja|sama|tenaga|luar|negeri|dalam|tata|kelola|utang|beban|manusia|bantuan|jaringan|pangan|hidup|dunia|lunak|negara|bangsa|peran|politik|hak|asasi)$/u;

export function looksIndonesian(words: string[]): boolean {
  return words.some((w) => INDONESIAN_WORD.test(w.toLowerCase()));
}

// Small words an acronym may skip: "Organisation of Islamic Cooperation" is OIC.
const SMALL = new Set(['of', 'the', 'for', 'and', 'to', 'on', 'in', 'de', 'des', 'du', 'untuk', 'dan']);

/** Whether the words' initials spell the acronym, with or without their small words. */
export function spellsAcronym(words: Token[], acronym: string): boolean {
  const of = (list: Token[]) =>
    list
      .map((w) =>
        w.text
          .split('-')
          .map((part) => part.charAt(0).toUpperCase())
          .join(''),
      )
      .join('');
  const plain = (list: Token[]) => list.map((w) => w.text.charAt(0).toUpperCase()).join('');
  const big = words.filter((w) => !SMALL.has(w.lower));
  return [plain(big), plain(words), of(big), of(words)].includes(acronym);
}

/**
 * What the text says an acronym stands for: the words before its first "(ACRONYM)" whose initials spell it
 * ("International Non-Governmental Organization (INGO)"), or null.
 */
export function acronymDefinition(text: string, acronym: string): string | null {
  let at = text.indexOf(`(${acronym})`);
  for (let tries = 0; at >= 0 && tries < 3; tries++, at = text.indexOf(`(${acronym})`, at + 1)) {
    const tokens = tokenize(text, Math.max(0, at - 120), at).filter((t) => t.word);
    for (let from = tokens.length - 1; from >= 0 && tokens.length - from <= 8; from--) {
      const words = tokens.slice(from);
      if (!SMALL.has(words[0]?.lower ?? '') && spellsAcronym(words, acronym))
        return words.map((w) => w.text).join(' ');
    }
  }
  return null;
}
