// What a personal name looks like on a title page or an article's byline, and how one is cleaned of what is
// printed around it: footnote digits and superscripts glued to it (¹²³, "Siregar1", "^{1,2}", "*"), academic
// degrees ("S.IP., M.Si.", "Ph.D.", "S.Sos."), honorifics ("Dr.", "Prof."). Shape only: no list of names.
import { TITLE_FUNCTION_WORDS } from '../clean/heading-shape';
import { MAX_NAME_LENGTH } from './bounds';
import { toNameCase } from './readable-case';

/** A name as found in a line: its cleaned value and its offsets in the line. */
export interface NameSpan {
  value: string;
  from: number;
  to: number;
  /** The name carried an honorific (Dr., Prof.): in a two-column line, where the second column starts. */
  titled: boolean;
}

/**
 * Bullets before a name in an OJS author list, with what OCR reads a small bullet as ("¢", "»", "©", "°"):
 * characters that never open a name.
 */
export const BULLET_CHARS = '•▪●◦·¢»©°';

// Replaced by spaces of the same length, so offsets into the line stay true.
const MARKS = [
  /\^\{[^}]{0,20}\}/g, // LaTeX superscripts left by a converter: ^{1,2}
  /\$\^\{?[\d,*]{1,10}\}?\$/g,
  /[¹²³⁴⁵⁶⁷⁸⁹⁰⁾⁽˒]+/g, // Unicode superscript digits
  /[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]+(?:,[ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ]+)*/g, // superscript letters: Kinanti Dewiᵃ
  /\^[a-z](?:,[a-z])*(?=[\s,;*&]|$)/g, // a letter mark written with a caret: Dewi^a
  /(?<=\p{L})[*†‡]+\d{1,2}(?:,\d{1,2})*(?=[\s,;&]|$)/gu, // an asterisk before the digit: Prasetyo*1
  /[*†‡§#]+/g, // footnote signs
  /(?<=\p{L}\.?)\d{1,2}(?:\s?,\s?\d{1,2})*(?:\s?,\s?[*])?(?=[\s,;&]|$)/gu, // digits glued to a name's end: Siregar1, Salsabila1,*
  /(?<=^|[\s,&])\d{1,2}(?:,\d{1,2})*(?=\p{Lu})/gu, // digits glued to a name's start: 1Fadhil
  // OCR's reading of a superscript digit or star right after a name: "Kusumawardani'", "Rasyid?", "Sinaga\"".
  /(?<=\p{Ll})['’‘?"”“°]{1,2}(?=[\s,;&]|$)/gu,
  new RegExp(`^\\s*[${BULLET_CHARS}-]\\s+`, 'g'), // a bullet
];

// OCR reads the Balinese "I" of "I Gede", "I Made" as a bar: a lone "|" opening a name.
const BAR_FOR_I = /(?<=^|[\s,;&])\|(?=\s\p{Lu}\p{Ll})/gu;

export function blankMarks(text: string): string {
  let out = text.replace(BAR_FOR_I, 'I');
  for (const mark of MARKS) out = out.replace(mark, (m) => ' '.repeat(m.length));
  return out;
}

// "S.IP.", "M.Si.", "Ph.D.", "M.Hub.Int.", "S.Sos", "S.H.", "M.Kn.", "Dr.", "MA", "PhD".
const DEGREE =
  /^(?:(?:\p{Lu}[\p{Ll}\p{Lu}]{0,4}\.\s?){1,4}(?:\p{Lu}[\p{Ll}\p{Lu}]{0,4}\.?)?|PhD|Ph\.D|MA|MSc|MPhil|LLM|MBA|MPA|SH|SE|SIP|SSos)$/u;
const HONORIFIC = /^(?:Dr|Prof|Drs|Dra|Ir|Hj|Mr|Mrs|Ms)\.?$|^(?:Bapak|Ibu|Sdr|Sdri)\.?$/i;
// Lower-case parts of names; not "di", "da" or "la", which are Indonesian function words.
const PARTICLES = new Set(['bin', 'binti', 'al', 'el', 'van', 'von', 'de', 'der', 'dos']);

// Capitalised words of front matter that are not names (headings, labels, units, places of a cover page).
const NOT_NAME_WORDS = new Set(
  (
    'abstrak abstract info artikel article surat pernyataan lembar persetujuan pengesahan kata pengantar program ' +
    'studi universitas university fakultas faculty jurusan departemen department hubungan internasional ' +
    'international relations jurnal journal skripsi tesis thesis keywords kunci email tahun vol volume no ' +
    'republik provinsi kabupaten kota daftar isi bab pendahuluan introduction ilmu sosial politik sekolah ' +
    'institut institute diterima direvisi disetujui received accepted revised published riwayat history ' +
    'korespondensi corresponding author penulis pembimbing penguji ketua anggota dosen mahasiswa nim npm nip ' +
    'proceedings prosiding conference seminar nasional menyetujui mengetahui halaman judul'
  ).split(' '),
);

const isDegree = (token: string) => DEGREE.test(token.trim());
export const isHonorific = (token: string) => HONORIFIC.test(token.trim());

/** A cleaned piece is a personal name: 1-6 capitalised words (initials and particles allowed), nothing else. */
export function isPersonName(name: string, minWords = 2): boolean {
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /[\d@:()/"“”]/.test(name)) return false;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < minWords || words.length > 6) return false;
  let real = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (PARTICLES.has(lower)) continue;
    if (TITLE_FUNCTION_WORDS.has(lower) || NOT_NAME_WORDS.has(lower.replace(/[.,']/g, ''))) return false;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    if (/^\p{Lu}\.?$/u.test(word) || /^\p{Lu}\.\p{Lu}\.?$/u.test(word)) continue; // an initial: "P.", "M.Y."
    real += 1;
  }
  return real >= 1;
}

/** Drops honorifics before and degrees after (and before: "M.Si. Angelina ..." in a run-together line). */
function trimTitles(text: string, from: number): { text: string; from: number; titled: boolean } {
  const tokens = [...text.matchAll(/\S+/g)];
  const bare = (k: number) => (tokens[k]?.[0] ?? '').replace(/,$/, '');
  let first = 0;
  let last = tokens.length - 1;
  let titled = false;
  for (; first <= last; first += 1) {
    if (isHonorific(bare(first))) titled = true;
    else if (!(isDegree(bare(first)) && bare(first).includes('.') && first < last)) break;
  }
  while (last > first && isDegree(bare(last)) && bare(last).includes('.')) last -= 1;
  if (first > last || (first === last && (isDegree(bare(first)) || isHonorific(bare(first)))))
    return { text: '', from, titled };
  const start = tokens[first]?.index ?? 0;
  const endToken = tokens[last];
  let end = (endToken?.index ?? 0) + (endToken?.[0].length ?? 0);
  // A comma or full stop after the name goes, unless the name ends in an initial ("Putra A.").
  while (end > start && /[,;]/.test(text[end - 1] ?? '')) end -= 1;
  if (text[end - 1] === '.' && !/(?:^|\s)\p{Lu}\.$/u.test(text.slice(start, end))) end -= 1;
  return { text: text.slice(start, end), from: from + start, titled };
}

// Between names: a comma or semicolon, "&", "and"/"dan", or an honorific opening the second column of a line.
const SEPARATOR = /\s*(?:[,;&]|\band\b|\bdan\b)\s*|\s+(?=(?:Dr|Prof|Drs|Dra)\.\s)/giu;

/**
 * The names of a byline or a name field, cleaned, with their offsets in `line`. Pieces that are degrees are
 * dropped; `null` when a piece is neither a name nor a degree (the line is not a list of names), unless
 * `lenient` (a labelled line: "Oleh: ..."), where such a piece is skipped and the names around it kept.
 */
export function parseNames(line: string, minWords = 2, lenient = false): NameSpan[] | null {
  const blanked = blankMarks(line);
  const names: NameSpan[] = [];
  let from = 0;
  let ok = true;
  const take = (to: number) => {
    const raw = blanked.slice(from, to);
    if (raw.trim().length === 0) return;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = trimTitles(raw.trim(), from + lead);
    if (trimmed.text.length === 0) return; // a degree or an honorific alone
    const collapsed = trimmed.text.replace(/\s+/g, ' ');
    if (!isPersonName(collapsed, minWords)) {
      ok = lenient && ok;
      return;
    }
    const value = toNameCase(collapsed);
    names.push({ value, from: trimmed.from, to: trimmed.from + trimmed.text.length, titled: trimmed.titled });
  };
  for (const match of blanked.matchAll(SEPARATOR)) {
    take(match.index);
    from = match.index + match[0].length;
  }
  take(blanked.length);
  return ok ? names : null;
}
