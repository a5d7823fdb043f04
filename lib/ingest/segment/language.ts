// Indonesian or English, told by the small words every sentence is made of. Used to check the language a
// heading claims (ABSTRAK/ABSTRACT) and to place titles and sections.
import type { Lang } from '../../vocabulary/types';

const INDONESIAN = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'dalam',
  'pada',
  'untuk',
  'dengan',
  'ini',
  'itu',
  'adalah',
  'oleh',
  'sebagai',
  'terhadap',
  'tahun',
  'upaya',
  'peran',
  'kasus',
  'penanganan',
  'menangani',
  'antara',
  'bagi',
  'atau',
  'juga',
  'tidak',
  'akan',
  'telah',
  'serta',
  'bahwa',
  'karena',
  'melalui',
  'merupakan',
  'penelitian',
  'studi',
  'pengaruh',
  'analisis',
  'dalam',
  'tentang',
  'secara',
  'para',
  'sebuah',
  'suatu',
  'kerja',
  'sama',
  'kebijakan',
]);
const ENGLISH = new Set([
  'the',
  'of',
  'and',
  'in',
  'to',
  'a',
  'is',
  'that',
  'this',
  'for',
  'with',
  'on',
  'as',
  'by',
  'are',
  'was',
  'be',
  'an',
  'from',
  'its',
  'which',
  'their',
  'study',
  'research',
  'efforts',
  'role',
  'handling',
  'analysis',
  'how',
  'influence',
  'policy',
  'against',
  'between',
  'through',
  'toward',
  'towards',
  'case',
]);

export function languageScores(text: string): Record<Lang, number> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (INDONESIAN.has(word)) id += 1;
    if (ENGLISH.has(word)) en += 1;
  }
  return { id, en };
}

/** The language the text is written in, or null when the small words do not tell. */
export function detectLanguage(text: string): Lang | null {
  const { id, en } = languageScores(text);
  if (id === en) return null;
  return id > en ? 'id' : 'en';
}

/** The language a heading claims, unless the text clearly says otherwise (at least twice the evidence). */
export function confirmLanguage(claimed: Lang, text: string): Lang {
  const scores = languageScores(text);
  const other: Lang = claimed === 'id' ? 'en' : 'id';
  return scores[other] >= 5 && scores[other] > scores[claimed] * 2 ? other : claimed;
}
