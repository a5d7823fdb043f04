// The labels and shapes of the lines that name people in front matter: author labels ("Oleh:", "Disusun oleh:",
// "Nama Mahasiswa :", "Authors", dc.contributor.author), role labels ("Pembimbing I:", "Dosen Pembimbing", "Ketua
// Penguji", "Promotor"), student and staff ids, a repository's citation of the item; and how the names of such a
// line are read.
import type { Contributor } from '../types';
import type { FrontLine } from './front-lines';
import { BULLET_CHARS, parseNames, type NameSpan } from './name-shape';

export type Role = Contributor['role'];

export const AUTHOR_LABEL =
  /^(?:(?:disusun|ditulis|dibuat|diajukan)\s+oleh|oleh|by|penulis|authors?|creators?|dc\.contributor\.author|dc\.creator|written\s+by|(?:nama(?:\s+(?:mahasiswa|penulis|lengkap))?|name(?:\s+of\s+student)?|student(?:'s)?\s+name)\s*(?=:))\s*:?\s*/i;
export const ROLE_LABEL =
  /(?<=^|\s)((?:dosen\s+)?pembimbing(?:\s+(?:utama|pendamping|akademik|skripsi|tesis))?|supervisor|co-?supervisor|(?:thesis\s+)?advisor|dc\.contributor\.advisor|(?:ketua|anggota|dosen)\s+penguji|penguji|examiner|ko-?promotor|co-?promotor|promotor)(?:\s+(?:I{1,3}|[1-3])\b)?\s*:?/giu;
export const ROLE_AT_START = new RegExp(ROLE_LABEL.source.replace('(?<=^|\\s)', '^'), 'iu');
export const ROLE_AT_ANY = new RegExp(ROLE_LABEL.source, 'iu');
export const MAX_LISTED_AUTHORS = 12;
export const STUDENT_ID = /^(?:NIM|NPM|NRP|NIRM|Stambuk|No\.?\s*BP|Student\s+ID|Nomor\s+Pokok)\b/i;
export const STAFF_ID = /^(?:NIP|NIDN|NIDK|NIK|NUPTK)\b/i;
export const BULLET = new RegExp(`^[${BULLET_CHARS}]\\s+`);
// A repository's citation of the item: "Hartono, Galuh Wicaksono (2020) Title. Skripsi thesis, Universitas ...".
export const ITEM_CITATION = /^([^()]{3,160}?)[\s,-]*\(((?:19|20)\d{2})\)\s+\S/;
export const REPOSITORY_LABEL =
  /^(?:authors?|penulis|creators?|pengarang|dc\.contributor\.author|dc\.creator)\b/i;
export const INVERTED_NAME = /^\s*[\p{Lu}][\p{L}'’-]+,\s*\p{Lu}[\p{L}'’ -]+$/u;
// An index record's author line: the surname first, the institution in brackets ("Lestari, Dewi ( Universitas X )").
export const INVERTED_WITH_INSTITUTION =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s*\p{Lu}[\p{L}'’. -]{1,60}?)\s*\(\s*[^()]{3,150}\)$/u;
export const THESIS_WORD =
  /\b(?:thesis|skripsi|tesis|disertasi|dissertation|undergraduate|masters|doctoral)\b/i;
export const INSTITUTION_START =
  /\s(?=(?:Program\s+Studi|Prodi|Jurusan|Departemen|Department|Fakultas|Faculty|Universitas|University|Institut|Sekolah\s+Tinggi|Politeknik)\b)/;

export function roleOf(label: string): Role {
  if (/promotor/i.test(label)) return 'promotor';
  if (/penguji|examiner/i.test(label)) return 'examiner';
  return 'supervisor';
}

/** The role labels of a line that holds only labels ("Pembimbing I:", "Oleh: Dosen Pembimbing:"), else null. */
export function labelsOnly(text: string): { author: boolean; roles: Role[] } | null {
  const roles: Role[] = [];
  let rest = text;
  const author = AUTHOR_LABEL.exec(text);
  if (author) rest = rest.slice(author[0].length);
  rest = rest.replace(ROLE_LABEL, (_m, label: string) => {
    roles.push(roleOf(label));
    return ' ';
  });
  if (rest.trim().length > 0 || (!author && roles.length === 0)) return null;
  return { author: author !== null, roles };
}

// Where a name's line goes on to something else: "RIZKY PRATAMA NPM 1611071027", "Budi Santoso budi@univ.ac.id".
const NAME_LINE_END = /\s(?:NIM|NPM|NRP|NIP|NIDN|Student\s+ID)\b|\s\S+@/;

export const names = (line: FrontLine, from: number, minWords = 2, lenient = false): NameSpan[] | null => {
  const rest = line.text.slice(from);
  const end = NAME_LINE_END.exec(rest);
  const found = parseNames(end ? rest.slice(0, end.index) : rest, minWords, lenient);
  return found?.map((n) => ({ ...n, from: n.from + from, to: n.to + from })) ?? null;
};

/** The names of a line, cut before an institution printed on the same line ("Dewi Lestari Universitas Contoh"). */
export function namesBeforeInstitution(text: string, lenient = false): NameSpan[] | null {
  const cut = INSTITUTION_START.exec(text);
  return parseNames(cut ? text.slice(0, cut.index) : text, lenient ? 1 : 2, lenient);
}

/** "Hartono, Galuh and Putra, Bayu" or "Galuh Hartono, -": the names of a repository citation, given name first. */
export function citationNames(part: string): NameSpan[] {
  const found: NameSpan[] = [];
  let at = 0;
  for (const piece of part.split(/\s+(?:and|dan|&)\s+|;\s*/)) {
    const from = part.indexOf(piece, at);
    at = from + piece.length;
    const bare = piece.replace(/[\s,-]+$/, '');
    const inverted = /^([^,]+),\s*([^,]+)$/.exec(bare);
    const reordered = inverted ? `${inverted[2]} ${inverted[1]}` : bare;
    const names = parseNames(reordered.replace(/,/g, ' '));
    if (names?.length === 1 && names[0]) found.push({ ...names[0], from, to: from + bare.length });
  }
  return found;
}
