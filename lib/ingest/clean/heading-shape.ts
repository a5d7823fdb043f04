// What a heading looks like in this genre, shared by the paragraph joiner (a heading is never joined to body
// text) and the segmenter (a heading opens a section). Shape only: no knowledge of any particular document.

/** Small words that stay lower case inside a title, in Indonesian and English. */
export const TITLE_FUNCTION_WORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'atau',
  'dalam',
  'pada',
  'untuk',
  'bagi',
  'yang',
  'terhadap',
  'sebagai',
  'oleh',
  'dengan',
  'antara',
  'melalui',
  'tentang',
  'serta',
  'of',
  'the',
  'and',
  'in',
  'for',
  'on',
  'to',
  'a',
  'an',
  'at',
  'by',
  'with',
  'as',
  'from',
  'into',
  'its',
  'or',
  'vs',
  'versus',
]);

const SECTION_KEYWORDS = [
  'abstrak',
  'abstract',
  'pendahuluan',
  'introduction',
  'latar belakang',
  'metode',
  'metode penelitian',
  'metodologi',
  'metodologi penelitian',
  'methods?',
  'methodology',
  'research methods?',
  'materials and methods',
  'kerangka (?:teori|konseptual|pemikiran)',
  'tinjauan pustaka',
  'literature review',
  'theoretical framework',
  'hasil',
  'hasil dan pembahasan',
  'hasil penelitian',
  'pembahasan',
  'results?',
  'results and discussion',
  'discussion',
  'analisis',
  'analysis',
  'penutup',
  'kesimpulan',
  'simpulan',
  'kesimpulan dan saran',
  'simpulan dan saran',
  'saran',
  'conclusions?',
  'conclusion and recommendations?',
  'daftar pustaka',
  'references',
  'bibliography',
  'referensi',
  'kepustakaan',
  'ucapan terima kasih',
  'acknowledge?ments?',
];
const SECTION_KEYWORD = new RegExp(`^(?:${SECTION_KEYWORDS.join('|')})$`, 'i');
const NUMBERING = /^(?:(?:\d{1,2}\.)+\d{0,2}|[IVX]{1,5}\.|[A-H]\.|\d{1,2}\))\s+/;
const CAPTION =
  /^(tabel|table|gambar|figure|fig\.|grafik|graph|chart|diagram|bagan|skema)\s+\d+[a-z]?\s*[.:\-–—]/i;
const KEYWORD_LINE = /^(kata[\s-]*kunci|keywords?|key\s+words|index\s+terms)\s*[:：.\-–—]/i;

export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, '');
}

export function numberingOf(text: string): string | null {
  return NUMBERING.exec(text)?.[0]?.trim() ?? null;
}

/** "PENDAHULUAN", "2. Metode Penelitian", "DAFTAR PUSTAKA": the fixed section names of the genre. */
export function isSectionKeyword(text: string): boolean {
  const bare = stripNumbering(text.trim()).replace(/[.:]$/, '').replace(/\s+/g, ' ').trim();
  return SECTION_KEYWORD.test(bare);
}

export function isCaptionStart(text: string): boolean {
  return CAPTION.test(text.trim());
}

export function isKeywordLine(text: string): boolean {
  return KEYWORD_LINE.test(text.trim());
}

const letters = (text: string) => text.replace(/[^\p{L}]/gu, '');

/** Upper case throughout (at least three letters): "HASIL DAN PEMBAHASAN". */
export function isAllCaps(text: string): boolean {
  const only = letters(text);
  return only.length >= 3 && only === only.toUpperCase() && only !== only.toLowerCase();
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\],.:;!?]+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * Title case: every content word capitalised (acronyms and numbers welcome), small words allowed in lower case,
 * one lower-case content word tolerated in a short heading ("IJM sebagai Agenda setter").
 */
export function isTitleCase(text: string): boolean {
  const trimmed = stripNumbering(text.trim());
  if (/[,;]|[.!?]\s+\S/.test(trimmed) || trimmed.length > 140) return false;
  const list = words(trimmed);
  if (list.length === 0 || list.length > 16) return false;
  let capitalised = 0;
  let lowerContent = 0;
  for (const [i, word] of list.entries()) {
    const last = i === list.length - 1;
    if (/^\p{Lu}/u.test(word)) capitalised += 1;
    else if (/^\d/.test(word)) continue;
    else if (i > 0 && !last && TITLE_FUNCTION_WORDS.has(word.toLowerCase())) continue;
    // The one lower-case word tolerated is the last one of a short heading ("IJM sebagai Agenda setter").
    else if (last && i > 0 && !TITLE_FUNCTION_WORDS.has(word.toLowerCase())) lowerContent += 1;
    else return false;
  }
  if (capitalised < 1) return false;
  return lowerContent === 0 || (list.length <= 6 && capitalised >= 2);
}

/** A line (or short paragraph) shaped like a heading, by itself, without looking at its neighbours. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 160 || isCaptionStart(trimmed) || isKeywordLine(trimmed))
    return false;
  if (isSectionKeyword(trimmed)) return true;
  if (/^(sumber|source)\s*:/i.test(trimmed) || /[,;]\s/.test(trimmed) || /^[-•*(]/.test(trimmed))
    return false;
  if (/[.!?:]$/.test(trimmed) && !/^\S+(\s+\S+){0,9}\.$/.test(trimmed)) return false;
  return isAllCaps(trimmed) || isTitleCase(trimmed);
}
