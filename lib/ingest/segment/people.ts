// The people of the front matter: authors, and the supervisors, examiners and promotors a thesis names (kept as
// contributors with their role, never as authors). Read line by line from every form they take: a byline
// ("Nadia Putri¹, Harun Al Rasyid²"), a label ("Oleh:", "Disusun oleh:", "Nama Mahasiswa :"), a bulleted OJS
// author list, a name over its student id, institution or e-mail; and on approval pages the role labels
// ("Pembimbing I:", "Dosen Pembimbing", "Penguji", "Promotor"), alone or two columns run together on one line.
import type { Contributor, Field } from '../types';
import { isKeywordLine, isSectionKeyword } from '../clean/heading-shape';
import type { FrontLine } from './front-lines';
import { extracted, isAffiliation, matchEmail } from './front-matter';
import { blankMarks, parseNames, type NameSpan } from './name-shape';

type Role = Contributor['role'];

const AUTHOR_LABEL =
  /^(?:(?:disusun|ditulis|dibuat|diajukan)\s+oleh|oleh|by|penulis|authors?|creators?|dc\.contributor\.author|dc\.creator|written\s+by|(?:nama(?:\s+(?:mahasiswa|penulis|lengkap))?|name(?:\s+of\s+student)?|student(?:'s)?\s+name)\s*(?=:))\s*:?\s*/i;
const ROLE_LABEL =
  /(?<=^|\s)((?:dosen\s+)?pembimbing(?:\s+(?:utama|pendamping|akademik|skripsi|tesis))?|supervisor|co-?supervisor|(?:thesis\s+)?advisor|dc\.contributor\.advisor|(?:ketua|anggota|dosen)\s+penguji|penguji|examiner|ko-?promotor|co-?promotor|promotor)(?:\s+(?:I{1,3}|[1-3])\b)?\s*:?/giu;
const ROLE_AT_START = new RegExp(ROLE_LABEL.source.replace('(?<=^|\\s)', '^'), 'iu');
const STUDENT_ID = /^(?:NIM|NPM|NRP|NIRM|Stambuk|No\.?\s*BP|Student\s+ID|Nomor\s+Pokok)\b/i;
const STAFF_ID = /^(?:NIP|NIDN|NIDK|NIK|NUPTK)\b/i;
const BULLET = /^[•▪●◦·]\s+/;
// A repository's citation of the item: "Hartono, Galuh Wicaksono (2020) Title. Skripsi thesis, Universitas ...".
const ITEM_CITATION = /^([^()]{3,160}?)[\s,-]*\(((?:19|20)\d{2})\)\s+\S/;
const REPOSITORY_LABEL = /^(?:authors?|penulis|creators?|pengarang|dc\.contributor\.author|dc\.creator)\b/i;
const INVERTED_NAME = /^\s*[\p{Lu}][\p{L}'’-]+,\s*\p{Lu}[\p{L}'’ -]+$/u;
const THESIS_WORD = /\b(?:thesis|skripsi|tesis|disertasi|dissertation|undergraduate|masters|doctoral)\b/i;
const INSTITUTION_START =
  /\s(?=(?:Program\s+Studi|Prodi|Jurusan|Departemen|Department|Fakultas|Faculty|Universitas|University|Institut|Sekolah\s+Tinggi|Politeknik)\b)/;

function roleOf(label: string): Role {
  if (/promotor/i.test(label)) return 'promotor';
  if (/penguji|examiner/i.test(label)) return 'examiner';
  return 'supervisor';
}

export interface People {
  authors: Field<string>[];
  contributors: Field<Contributor>[];
}

/** The role labels of a line that holds only labels ("Pembimbing I:", "Oleh: Dosen Pembimbing:"), else null. */
function labelsOnly(text: string): { author: boolean; roles: Role[] } | null {
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

const names = (line: FrontLine, from: number, minWords = 2, lenient = false): NameSpan[] | null => {
  const rest = line.text.slice(from);
  const end = NAME_LINE_END.exec(rest);
  const found = parseNames(end ? rest.slice(0, end.index) : rest, minWords, lenient);
  return found?.map((n) => ({ ...n, from: n.from + from, to: n.to + from })) ?? null;
};

/** `titleEnds`: where the stated titles end (a name on the line after a title is its author line). */
export function findPeople(lines: FrontLine[], titleEnds: Set<number> = new Set()): People {
  const authors: Field<string>[] = [];
  const contributors: Field<Contributor>[] = [];
  const addAuthor = (line: FrontLine, n: NameSpan) =>
    authors.push({ value: n.value, provenance: extracted(line.start + n.from, line.start + n.to) });
  const addContributor = (line: FrontLine, n: NameSpan, role: Role) =>
    contributors.push({
      value: { name: n.value, role },
      provenance: extracted(line.start + n.from, line.start + n.to),
    });

  const nextText = (i: number) => lines[i + 1]?.text ?? '';
  const isContext = (text: string) =>
    isAffiliation(text) ||
    matchEmail(text) !== null ||
    STUDENT_ID.test(text) ||
    /^(?:e-?mail|korespondensi)/i.test(text);

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as FrontLine;
    const text = line.text;
    if (isSectionKeyword(text) || isKeywordLine(text)) continue;
    const labels = labelsOnly(text);
    if (labels) {
      // Labels alone: the names are on the next line, one column per label when two are run together.
      const next = lines[i + 1];
      const found = next ? names(next, 0, 1, true) : null;
      if (!next || !found || found.length === 0 || STAFF_ID.test(next.text)) continue;
      found.forEach((n, k) => {
        const secondColumn = labels.author && (n.titled || k > 0);
        if (labels.author && !secondColumn) addAuthor(next, n);
        else if (labels.roles.length > 0)
          addContributor(next, n, labels.roles[Math.min(k, labels.roles.length - 1)] ?? 'supervisor');
      });
      i += 1;
      continue;
    }
    const role = ROLE_AT_START.exec(text);
    if (role) {
      const value = text.slice(role[0].length);
      const inverted = INVERTED_NAME.test(value) && !/\./.test(value);
      const shift = inverted ? role[0].length : 0;
      const found = inverted ? citationNames(value) : names(line, role[0].length, 1, true);
      for (const n of found ?? [])
        addContributor(line, { ...n, from: n.from + shift, to: n.to + shift }, roleOf(role[1] ?? ''));
      continue;
    }
    const label = AUTHOR_LABEL.exec(text);
    if (label) {
      const value = text.slice(label[0].length);
      // A repository's author field writes the surname first: "Author: Lestari, Dewi Ayu".
      const inverted = REPOSITORY_LABEL.test(label[0]) && INVERTED_NAME.test(value) && !/\./.test(value);
      const found = inverted ? citationNames(value) : names(line, label[0].length, 1, true);
      const shift = inverted ? label[0].length : 0;
      for (const n of found ?? []) addAuthor(line, { ...n, from: n.from + shift, to: n.to + shift });
      continue;
    }
    const citation = THESIS_WORD.test(text) ? ITEM_CITATION.exec(text) : null;
    if (citation) {
      for (const n of citationNames(citation[1] ?? '')) addAuthor(line, n);
      continue;
    }
    if (BULLET.test(text)) {
      // An OJS author list: "• Name" or "• Name Program Studi ..., Universitas ...".
      const cut = INSTITUTION_START.exec(text);
      const found = parseNames(cut ? text.slice(0, cut.index) : text);
      if (found && found.length > 0) for (const n of found) addAuthor(line, n);
      continue;
    }
    if (isAffiliation(text) || STAFF_ID.test(nextText(i))) continue;
    const found = names(line, 0, 1);
    if (!found || found.length === 0) continue;
    const multiWord = found.filter((n) => n.value.includes(' ')).length;
    // Right under the title, or over what a byline has under it (an institution, an e-mail, a student id).
    const placed = isContext(nextText(i)) || titleEnds.has(lines[i - 1]?.end ?? -1);
    if (multiWord === found.length) {
      if (found.length >= 2 || placed) for (const n of found) addAuthor(line, n);
    } else if (multiWord > 0 && (blankMarks(text) !== text || /&|\b(?:dan|and)\b/.test(text)) && placed) {
      // One-word names (common in Indonesia) only beside a full name in a byline that lists them as names.
      for (const n of found) addAuthor(line, n);
    }
  }
  return { authors: dedupe(authors, (v) => v), contributors: dedupe(contributors, (v) => v.name) };
}

/** "Hartono, Galuh and Putra, Bayu" or "Galuh Hartono, -": the names of a repository citation, given name first. */
function citationNames(part: string): NameSpan[] {
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

function dedupe<T>(fields: Field<T>[], nameOf: (value: T) => string): Field<T>[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = nameOf(f.value)
      .toLowerCase()
      .replace(/[^\p{L}]+/gu, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
