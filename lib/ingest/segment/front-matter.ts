// The front matter around the title: author lines, affiliation, e-mail, venue/volume/issue/year. Each reader is
// a small pure function over one paragraph (or a running header's text) so it can be tested alone.
import type { Field } from '../types';
import { TITLE_FUNCTION_WORDS, isSectionKeyword } from '../clean/heading-shape';
import { isNameList } from '../clean/running-headers';
import { MAX_NAME_LENGTH } from './bounds';
import type { Paragraph } from './paragraphs';
import { toNameCase, toReadableCase } from './readable-case';

const AUTHOR_PREFIX = /^(?:(?:disusun\s+)?oleh|by|penulis|authors?)\s*:?\s*/i;
const INSTITUTION =
  /\b(universitas|university|fakultas|faculty|program\s+studi|prodi|jurusan|department|departemen|institut|institute|sekolah\s+tinggi|college|politeknik|school\s+of|pascasarjana|program\s+magister|program\s+doktor|graduate\s+school|pusat\s+(?:studi|kajian)|cent(?:re|er)\s+for)\b/i;
const EMAIL_LOCAL_CHAR = /[\w.+-]/;
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const VENUE = /^(.*?)[\s,.|]*\bvol(?:ume)?\.?\s*(\d+)\s*[,.]?\s*(?:no|nomor|issue|edisi)\.?\s*(\d+)(.*)$/i;
const SEPARATOR = /\s*(?:,|&|\band\b|\bdan\b)\s*/g;

// Cover-page lines that are neither title nor names: document type, submission statement, student number, ...
export const BOILERPLATE =
  /^(skripsi|tesis|thesis|disertasi|dissertation|tugas\s+akhir|artikel|article|jurnal|journal|makalah|diajukan|disusun|submitted|presented|sebagai\s+(salah|syarat)|in\s+partial|untuk\s+memenuhi|guna\s+memenuhi|nim|npm|nrp|student\s+id|pembimbing|supervisor|dosen|lembar|halaman|email|e-mail|korespondensi|corresponding|received|accepted|revised|published|diterima|disetujui|direvisi|diterbitkan|riwayat|info\s+artikel|article\s+(?:info|history)|surat\s+pernyataan|kata\s+pengantar|daftar\s+isi|motto|persembahan|mengetahui|menyetujui|mengesahkan|ketua|anggota|penguji|promotor|nip|nidn|program\s+(?:magister|doktor|pascasarjana|sarjana)|sekolah\s+pascasarjana|copyright|academic\s+year|penulis|authors?|dipertahankan|saya\s+yang|oleh|by)\b|^©/i;

export const extracted = (start: number, end: number) => ({ source: 'extracted' as const, start, end });

/** An author line: names only, separated by commas or "&"/"and"/"dan", optionally after "Oleh:". */
export function isAuthorLine(text: string): boolean {
  const prefixed = AUTHOR_PREFIX.test(text);
  const rest = text.replace(AUTHOR_PREFIX, '').trim();
  if (rest.length === 0 || isSectionKeyword(rest) || INSTITUTION.test(rest) || !isNameList(rest))
    return false;
  if (BOILERPLATE.test(rest)) return false;
  const words = rest.split(/[\s,&]+/).filter((w) => w.length > 0 && !/^(and|dan)$/i.test(w));
  // A lone word ("SKRIPSI", "BANDUNG") is a name only when a label says so ("Oleh: Alfajri").
  if (words.length < 2 && !prefixed) return false;
  return words.length <= 20 && !words.some((w) => TITLE_FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Names from a running header's text (no span in the cleaned text: the header was removed from it). */
export function namesFromHeader(text: string): Field<string>[] {
  if (!isAuthorLine(text)) return [];
  return text
    .split(SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && name.length <= MAX_NAME_LENGTH)
    .map((name) => ({
      value: toNameCase(name),
      provenance: { source: 'derived' as const, from: 'running-header' },
    }));
}

export function dedupeNames(names: Field<string>[]): Field<string>[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.value.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The first e-mail address in `text` (what /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ finds), read outwards from each "@": the
 * regular expression, tried at every position, was quadratic on a long run of word characters.
 */
export function matchEmail(text: string): { index: number; value: string } | null {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1] ?? '')) start -= 1;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    if (domain) return { index: start, value: text.slice(start, at + 1 + domain[0].length) };
  }
  return null;
}

export function isAffiliation(text: string): boolean {
  return INSTITUTION.test(text) && matchEmail(text) === null && text.split(/\s+/).length <= 40;
}

/** Consecutive affiliation paragraphs (a cover page prints one unit per line) joined with commas. */
export function findAffiliation(paragraphs: Paragraph[], acronyms: Set<string>): Field<string> | null {
  const first = paragraphs.findIndex((p) => isAffiliation(p.text));
  if (first === -1) return null;
  const run: Paragraph[] = [];
  for (let i = first; i < paragraphs.length && isAffiliation(paragraphs[i]?.text ?? ''); i += 1) {
    const p = paragraphs[i] as Paragraph;
    if (run.length > 0 && p.index !== (run[run.length - 1]?.index ?? 0) + 1) break;
    run.push(p);
  }
  const value = run.map((p) => toReadableCase(p.text.replace(/^[\d,\s*]+/, ''), acronyms)).join(', ');
  const start = run[0]?.start ?? 0;
  const end = run[run.length - 1]?.end ?? start;
  return { value, provenance: extracted(start, end) };
}

export function findEmail(paragraphs: Paragraph[]): Field<string> | null {
  for (const p of paragraphs) {
    const match = matchEmail(p.text);
    if (match)
      return {
        value: match.value,
        provenance: extracted(p.start + match.index, p.start + match.index + match.value.length),
      };
  }
  return null;
}

export interface VenueParts {
  venue: string;
  volume: string;
  issue: string;
  year: number | null;
}

/** "DIKSHI Vol. 3 No. 2, Januari 2024 |" -> DIKSHI, 3, 2, 2024. */
export function parseVenueLine(text: string): VenueParts | null {
  // The lazy prefix of VENUE is tried at every position; most lines hold no "vol" and need not be tried at all.
  if (!/vol/i.test(text)) return null;
  const match = VENUE.exec(text.trim());
  if (!match) return null;
  const venue = (match[1] ?? '').replace(/[\s|,.:;-]+$/, '').trim();
  const year = /\b(19|20)\d{2}\b/.exec(match[4] ?? '')?.[0];
  if (venue.length === 0) return null;
  return { venue, volume: match[2] ?? '', issue: match[3] ?? '', year: year ? Number(year) : null };
}

/** A cover page's lone year, alone or after the city: "2023", "PEKANBARU 2023", "Jakarta, 2023". */
export function parseCoverYear(text: string): number | null {
  const match = /^(?:\p{L}[\p{L} ]{0,40}[,\s]\s*)?((?:19|20)\d{2})$/u.exec(text.trim());
  return match ? Number(match[1]) : null;
}
