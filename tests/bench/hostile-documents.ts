// Synthetic documents in the shapes that made parsing slow (issue 11): one paragraph repeated, unique wrapped
// lines, thousands of numbered headings, a long reference list, tables of figures, nested lists, and an ordinary
// article scaled up. Deterministic (a seeded generator), ASCII only, so a target size in bytes is a size in
// characters and runs compare like with like.

import { pick, seededRandom, type Random } from './seeded-random';

export const HOSTILE_SHAPES = [
  'repeated',
  'unique-lines',
  'numbered-headings',
  'references',
  'figures',
  'nested-lists',
  'ordinary',
] as const;
export type HostileShape = (typeof HOSTILE_SHAPES)[number];

const WORDS =
  'penelitian ini menganalisis peran organisasi internasional dalam menangani kasus perdagangan manusia kerja sama pemerintah korban perlindungan pencegahan kebijakan penegakan hukum pekerja migran eksploitasi anak advokasi jaringan transnasional kapasitas lembaga program pelatihan aparat kampanye the study analyses role of international organisations in handling human trafficking cooperation government victims protection prevention policy law enforcement migrant workers child exploitation networks capacity'.split(
    ' ',
  );
const NAMES =
  'Santoso Wijaya Hartono Rahman Putri Lestari Nugroho Siregar Smith Brown Garcia Tan Reyes Cruz'.split(' ');
const ORGS = ['IOM', 'IJM', 'UNODC', 'International Organization for Migration', 'ILO', 'UNHCR'];
const PLACES = ['Indonesia', 'Filipina', 'Malaysia', 'Kamboja', 'Thailand', 'Vietnam'];

const int = (rnd: Random, from: number, to: number) => from + Math.floor(rnd() * (to - from + 1));

function words(rnd: Random, count: number): string {
  return Array.from({ length: count }, () => pick(rnd, WORDS)).join(' ');
}

/** A sentence that carries what the classifiers look for: an organisation, a place, a figure, a citation. */
function sentence(rnd: Random): string {
  const body = `${pick(rnd, ORGS)} ${words(rnd, int(rnd, 4, 9))} di ${pick(rnd, PLACES)} sebanyak ${int(rnd, 11, 9999)} ${words(rnd, int(rnd, 2, 6))}`;
  const cite = rnd() < 0.3 ? ` (${pick(rnd, NAMES)}, ${int(rnd, 1990, 2024)})` : '';
  return `${body.charAt(0).toUpperCase()}${body.slice(1)}${cite}.`;
}

/** Wraps a paragraph at about 80 columns, as text extracted from a PDF is. */
function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const paragraph = (rnd: Random, sentences: number) =>
  wrap(Array.from({ length: sentences }, () => sentence(rnd)).join(' ')).join('\n');

/** Repeats `next` until the text reaches `bytes`, then cuts at the last line end before the size. */
function fill(bytes: number, head: string, next: (i: number) => string): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < bytes; i += 1) {
    const part = next(i);
    parts.push(part);
    length += part.length;
  }
  const text = parts.join('');
  const cut = text.lastIndexOf('\n', bytes);
  return cut > head.length ? text.slice(0, cut + 1) : text.slice(0, bytes);
}

function romanOrNumber(rnd: Random, i: number): string {
  return `${(i % 9) + 1}.${int(rnd, 1, 9)}.${int(rnd, 1, 9)}`;
}

function reference(rnd: Random, i: number): string {
  const author = `${pick(rnd, NAMES)}, ${String.fromCharCode(65 + (i % 26))}.`;
  const second = rnd() < 0.5 ? `, & ${pick(rnd, NAMES)}, ${String.fromCharCode(65 + ((i * 7) % 26))}.` : '';
  const title = words(rnd, int(rnd, 5, 12));
  const doi = rnd() < 0.4 ? ` https://doi.org/10.${int(rnd, 1000, 9999)}/jhi.${i}` : '';
  return `${author}${second} (${int(rnd, 1990, 2024)}). ${title.charAt(0).toUpperCase()}${title.slice(1)}. Jurnal Hubungan Internasional, ${int(rnd, 1, 20)}(${int(rnd, 1, 4)}), ${int(rnd, 1, 200)}-${int(rnd, 201, 400)}.${doi}\n`;
}

function figures(rnd: Random, i: number): string {
  const rows = Array.from(
    { length: int(rnd, 4, 8) },
    () =>
      `${pick(rnd, PLACES)}\t${int(rnd, 2010, 2023)}\t${int(rnd, 1, 9)},${int(rnd, 100, 999)}\t${int(rnd, 1, 99)},${int(rnd, 1, 9)}%\n`,
  ).join('');
  const loose = `Jumlah korban ${int(rnd, 1, 9)}.${int(rnd, 100, 999)} orang ${int(rnd, 10, 99)}% perempuan ${int(rnd, 100, 999)} anak\n`;
  return `\nTabel ${i + 1}. Jumlah kasus perdagangan manusia per tahun\n${rows}${loose}Sumber: ${pick(rnd, ORGS)} (${int(rnd, 2015, 2023)})\n`;
}

function nestedList(rnd: Random, i: number): string {
  const letter = String.fromCharCode(97 + (i % 26));
  return `${(i % 40) + 1}. ${words(rnd, int(rnd, 3, 8))}\n    ${letter}. ${words(rnd, int(rnd, 3, 8))}\n        - ${words(rnd, int(rnd, 2, 6))}\n        - ${words(rnd, int(rnd, 2, 6))}\n`;
}

const FRONT = `UPAYA INTERNATIONAL ORGANIZATION FOR MIGRATION DALAM MENANGANI PERDAGANGAN MANUSIA DI INDONESIA

Nurul Santoso, Budi Wijaya

Program Studi Hubungan Internasional, Universitas Contoh

ABSTRAK

Penelitian ini menganalisis peran International Organization for Migration (IOM) dalam menangani kasus
perdagangan manusia di Indonesia pada tahun 2017-2022 dengan menggunakan konsep rezim internasional.

Kata kunci: IOM, perdagangan manusia, Indonesia

`;

/** An article: front matter, then sections with paragraphs, a table now and then, and a reference list. */
function ordinary(bytes: number, rnd: Random): string {
  const referencesShare = Math.floor(bytes * 0.9);
  const body = fill(referencesShare, `${FRONT}PENDAHULUAN\n\n`, (i) => {
    const heading = i % 12 === 11 ? `${romanOrNumber(rnd, i)} ${words(rnd, 3)}\n\n` : '';
    const table = i % 40 === 39 ? figures(rnd, i) : '';
    return `${heading}${paragraph(rnd, int(rnd, 3, 7))}\n${table}\n`;
  });
  return fill(bytes, `${body}\nDAFTAR PUSTAKA\n\n`, (i) => reference(rnd, i));
}

/** A document of about `bytes` bytes in the given shape. */
export function hostileDocument(shape: HostileShape, bytes: number, seed = 11): string {
  const rnd = seededRandom(seed);
  switch (shape) {
    case 'repeated': {
      const one = `${paragraph(rnd, 5)}\n\n`;
      return fill(bytes, '', () => one);
    }
    case 'unique-lines':
      return fill(
        bytes,
        '',
        (i) => `${wrap(sentence(rnd) + ' ' + words(rnd, 8)).join('\n')}\n${i % 5 === 4 ? '\n' : ''}`,
      );
    case 'numbered-headings':
      return fill(bytes, '', (i) => `${romanOrNumber(rnd, i)} ${words(rnd, int(rnd, 1, 4))}\n`);
    case 'references':
      return fill(bytes, 'DAFTAR PUSTAKA\n\n', (i) => reference(rnd, i));
    case 'figures':
      return fill(bytes, '', (i) => figures(rnd, i));
    case 'nested-lists':
      return fill(bytes, '', (i) => nestedList(rnd, i));
    case 'ordinary':
      return ordinary(bytes, rnd);
  }
}
