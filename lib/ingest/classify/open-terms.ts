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
