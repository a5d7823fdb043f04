// Synthetic documents in the corpus's genres (bilingual thesis abstracts and journal articles), for benchmarks.
// Deterministic: the same seed gives the same corpus, so runs compare like with like.

import { pick, seededRandom } from './seeded-random';

const ORGS = [
  ['International Organization for Migration', 'IOM'],
  ['International Justice Mission', 'IJM'],
  ['United Nations Office on Drugs and Crime', 'UNODC'],
  ['International Labour Organization', 'ILO'],
  ['United Nations High Commissioner for Refugees', 'UNHCR'],
  ['ASEAN', 'ASEAN'],
] as const;
const COUNTRIES = [
  ['Indonesia', 'Indonesia'],
  ['Filipina', 'the Philippines'],
  ['Malaysia', 'Malaysia'],
  ['Thailand', 'Thailand'],
  ['Vietnam', 'Vietnam'],
  ['Kamboja', 'Cambodia'],
] as const;
const ID_WORDS =
  'penelitian ini menganalisis peran organisasi internasional dalam menangani kasus perdagangan manusia kerja sama pemerintah korban perlindungan pencegahan kebijakan penegakan hukum pekerja migran eksploitasi anak advokasi jaringan transnasional kapasitas lembaga program pelatihan aparat kampanye kesadaran masyarakat tantangan koordinasi sumber daya data sekunder metode kualitatif deskriptif'.split(
    ' ',
  );
const EN_WORDS =
  'this study analyses the role of international organisations in handling cases of human trafficking cooperation government victims protection prevention policy law enforcement migrant workers child exploitation advocacy transnational networks institutional capacity programmes training officers awareness campaigns challenges coordination resources secondary data qualitative descriptive method'.split(
    ' ',
  );

function sentence(rnd: () => number, words: string[], length: number): string {
  const parts = Array.from({ length }, () => pick(rnd, words));
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rnd: () => number, words: string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rnd, words, 10 + Math.floor(rnd() * 12))).join(' ');
}

export interface SyntheticDocument {
  name: string;
  text: string;
}

export function thesisAbstract(n: number): SyntheticDocument {
  const rnd = seededRandom(n * 7919 + 1);
  const [org, acronym] = pick(rnd, ORGS);
  const [negara, country] = pick(rnd, COUNTRIES);
  const from = 2000 + Math.floor(rnd() * 20);
  const to = from + 1 + Math.floor(rnd() * 6);
  const text = [
    `UPAYA ${org.toUpperCase()} DALAM PENANGANAN PERDAGANGAN MANUSIA DI ${negara.toUpperCase()} TAHUN ${from}-${to}`,
    `PENULIS NOMOR ${n}`,
    'ABSTRAK',
    `Penelitian ini menganalisis upaya ${org} (${acronym}) di ${negara} pada periode ${from}-${to}. ${paragraph(rnd, ID_WORDS, 8)}`,
    `Kata kunci: perdagangan manusia, ${acronym}, ${negara}, kerja sama`,
    'ABSTRACT',
    `This study analyses the efforts of ${org} (${acronym}) in ${country} during ${from}-${to}. ${paragraph(rnd, EN_WORDS, 8)}`,
    `Keywords: human trafficking, ${acronym}, ${country}, cooperation`,
  ].join('\n\n');
  return { name: `abstract-${String(n).padStart(6, '0')}.txt`, text };
}

export function journalArticle(n: number): SyntheticDocument {
  const rnd = seededRandom(n * 104729 + 3);
  const base = thesisAbstract(n + 1_000_000).text;
  const section = (heading: string, paragraphs: number) =>
    [heading, ...Array.from({ length: paragraphs }, () => paragraph(rnd, ID_WORDS, 6))].join('\n\n');
  const references = Array.from(
    { length: 15 },
    (_, i) =>
      `Penulis${i}, A. (${2005 + (i % 18)}). Judul Kajian Nomor ${i} tentang Perdagangan Manusia. Jurnal Hubungan Internasional, ${i + 1}(2), 10-20.`,
  );
  const text = [
    base,
    section('PENDAHULUAN', 8),
    section('METODE PENELITIAN', 2),
    section('HASIL DAN PEMBAHASAN', 14),
    section('SIMPULAN', 2),
    ['DAFTAR PUSTAKA', ...references].join('\n\n'),
  ].join('\n\n');
  return { name: `article-${String(n).padStart(6, '0')}.txt`, text };
}
