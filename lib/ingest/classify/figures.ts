// Key figures: numbers a study states about its object, with what they count (in the text's own words) and the
// sentence they come from. Years, labels (Gambar 1, Tier 1, No. 21), enumerations, ages and durations, single
// digits and numbers inside citations or the reference list are not figures; nor are numbers about the setting
// (SETTING). A range ("43 hingga 50 persen", "3-4,5 juta") is one figure, kept whole.
import type { KeyFigure } from '../types';
import { within, sentencesIn, type DocumentZones, type Range } from './context';
import { yearRangeIn } from './period';
import type { Span } from './sentences';

const NUM = String.raw`\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?`;
// Groups: 1 the number (or a range's low end), 2 a range's high end, 3 a percent sign or word, 4 a scale word.
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(${NUM})(?:\s*(?:[-–]|\s(?:hingga|sampai(?:\s+dengan)?|to)\s)\s*(${NUM}))?` +
    String.raw`(?:\s*(%|persen|percent|per\s+cent)|\s+(juta|miliar|ribu|triliun|million|billion|thousand))?(?![\p{L}\p{N}])`,
  'giu',
);
// Numbers that describe the setting rather than what the study found: a country's islands, distances and areas,
// an organisation's member states ("Indonesia memiliki 1800 pulau", "173 negara anggota"). A class, by what is
// counted, not a list of values.
const SETTING =
  /^(?:pulau|islands?|km|kilometers?|kilometres?|mil|miles?|hektar|hectares?|mil\s+persegi|square|negara\s+anggota|member\s+(?:states|countries))(?!\p{L})/iu;
const LABEL_BEFORE =
  /(?:gambar|tabel|grafik|diagram|figure|fig\.|table|chart|bab|pasal|ayat|no\.?|nomor|vol\.?|volume|issue|edisi|tier|peringkat|covid|level|tingkat|jilid|hlm\.?|halaman|page|pp?\.|tahun|year|industri|revolusi|phase|fase|tahap|ke-)\s*-?$/i;
const TIME_AFTER =
  /^\s*(?:tahun|bulan|minggu|hari|jam|abad|years?|months?|weeks?|days?|hours?|century|kali\s+lipat|times)(?!\p{L})/iu;
const STOP = new Set([
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'pada',
  'untuk',
  'dengan',
  'dalam',
  'oleh',
  'atau',
  'serta',
  'sebagai',
  'adalah',
  'merupakan',
  'telah',
  'akan',
  'ini',
  'itu',
  'tersebut',
  'hingga',
  'sampai',
  'yaitu',
  'seperti',
  'sejak',
  'selama',
  'dimana',
  'di mana',
  'saat',
  'ketika',
  'namun',
  'tetapi',
  'sedangkan',
  'karena',
  'bahwa',
  'yakni',
  'berdasarkan',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'that',
  'which',
  'who',
  'were',
  'was',
  'are',
  'is',
  'by',
  'from',
  'for',
  'with',
  'as',
  'when',
  'where',
  'while',
  'but',
  'because',
  'the',
]);
// Words between a percentage and what it is a share of: "88% di antaranya adalah perempuan".
const SHARE_FILLER =
  /^\s*(?:(?:di\s+antaranya|diantaranya|dari\s+jumlah(?:\s+tersebut)?|of\s+them|of\s+whom|adalah|merupakan|are|were|is)\s+)+/i;
// Words that put the counted thing before the number: "mengurangi kasus OSEC sebanyak 79%".
const AMOUNT_CUE = /(?:sebanyak|mencapai|sebesar|hingga|by|of|at)\s*$/i;

function normaliseNumber(raw: string): string {
  const groups = raw.split(/[.,]/);
  const thousands =
    groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && /^\d{1,3}$/.test(groups[0] ?? '');
  if (thousands) return groups.join(',');
  return raw.replace(',', '.');
}

function wordsAfter(text: string, from: number, limit: number): string {
  const tail = text.slice(from, from + 120).replace(SHARE_FILLER, ' ');
  const words: string[] = [];
  for (const token of tail.trimStart().split(/\s+/)) {
    const word = token.replace(/[.,;:!?)"”’]+$/, '');
    // A bracket opens a citation or an aside, not part of what is counted.
    if (word === '' || STOP.has(word.toLowerCase()) || /^[\d([]/.test(word)) break;
    words.push(word);
    if (word !== token || words.length >= limit) break; // punctuation ends the phrase
  }
  return words.join(' ');
}

function wordsBefore(text: string, to: number, limit: number): string {
  const head = text.slice(Math.max(0, to - 120), to).replace(AMOUNT_CUE, '');
  const words: string[] = [];
  for (const token of head.trimEnd().split(/\s+/).reverse()) {
    if (token === '' || /[.,;:!?(]$/.test(token) || STOP.has(token.toLowerCase()) || /\d/.test(token)) break;
    words.unshift(token);
    if (words.length >= limit) break;
  }
  return words.join(' ');
}

const isYear = (raw: string) => !/[.,]/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2099;
const numeric = (raw: string) => Number(normaliseNumber(raw).replace(/,/g, ''));

function isFigure(text: string, m: RegExpMatchArray, start: number, end: number, sentence: Span): boolean {
  const low = m[1] ?? '';
  // A range is judged by its high end ("3 hingga 4,5 juta" is not a single digit); "2017-2022" is years.
  const raw = m[2] ?? low;
  if (m[2] && (isYear(low) || !(numeric(m[2]) > numeric(low)))) return false;
  const percent = Boolean(m[3]);
  const separated = /[.,]/.test(raw);
  const value = Number(raw.replace(/[.,]/g, ''));
  if (!percent && isYear(raw)) return false; // a year
  if (!percent && !separated && value < 10) return false;
  if (!percent && !m[4] && separated && !/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return false; // "4.0", "1.5"
  const before = text.slice(Math.max(sentence.start, start - 20), start);
  if (LABEL_BEFORE.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(text.slice(end)))) return false;
  if (/^\s*[-–]\s*\d/.test(text.slice(end))) return false; // first half of a range "6-18"
  if (TIME_AFTER.test(text.slice(end))) return false;
  if (start === sentence.start && /^\s*[.)]/.test(text.slice(end))) return false; // "1. Peran ..." numbering
  return true;
}

export function classifyFigures(text: string, zones: DocumentZones, captions: Range[] = []): KeyFigure[] {
  const ranges = [...zones.abstracts, ...zones.body].filter((r) => r.start < zones.referencesStart);
  const figures: KeyFigure[] = [];
  const seen = new Map<string, number>();
  for (const sentence of sentencesIn(text, ranges).sort((a, b) => a.start - b.start)) {
    if (sentence.start >= zones.referencesStart || within(captions, sentence.start, sentence.end)) continue;
    // The sentence's period is looked up once, not once per number: a table is one long "sentence" of numbers.
    let period: string | null | undefined;
    for (const m of sentence.text.matchAll(NUMBER)) {
      const start = sentence.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (within(zones.citations, start, end) || !isFigure(text, m, start, end, sentence)) continue;
      const percent = Boolean(m[3]);
      let counts = wordsAfter(text, end, 4);
      if (!counts && percent) counts = wordsBefore(text, start, 4);
      if (!counts || SETTING.test(counts)) continue;
      const base = counts;
      period = period === undefined ? yearRangeIn(text, sentence) : period;
      if (period && !counts.includes(period)) counts = `${counts} (${period})`;
      const amount = [m[1], m[2]].flatMap((n) => (n ? [normaliseNumber(n)] : [])).join('–');
      const value = `${amount}${percent ? '%' : m[4] ? ` ${m[4]}` : ''}`;
      const figure: KeyFigure = { value, counts, sentence: sentence.text, start, end };
      // The same figure restated: keep one, preferring the statement that gives its period.
      const id = `${value}\u0000${base.toLowerCase()}`;
      const earlier = seen.get(id);
      if (earlier === undefined) {
        seen.set(id, figures.length);
        figures.push(figure);
      } else if (period && !/\(\d{4}-\d{4}\)$/.test(figures[earlier]?.counts ?? '')) {
        figures[earlier] = figure;
      }
    }
  }
  return figures;
}
