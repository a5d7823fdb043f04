// The people of the front matter: authors, and the supervisors, examiners and promotors a thesis names (kept as
// contributors with their role, never as authors). Read line by line from every form they take: a byline
// ("Nadia Putri¹, Harun Al Rasyid²"), a label ("Oleh:", "Disusun oleh:", "Nama Mahasiswa :"), a bulleted OJS
// author list, a name over its student id, institution or e-mail; and on approval pages the role labels
// ("Pembimbing I:", "Dosen Pembimbing", "Penguji", "Promotor"), alone or two columns run together on one line.
import type { Contributor, Field } from '../types';
import { isKeywordLine, isSectionKeyword } from '../clean/heading-shape';
import type { FrontLine } from './front-lines';
import { extracted, isAffiliation, matchEmail } from './front-matter';
import { blankMarks, type NameSpan } from './name-shape';
import {
  AUTHOR_LABEL,
  BULLET,
  INVERTED_NAME,
  INVERTED_WITH_INSTITUTION,
  ITEM_CITATION,
  MAX_LISTED_AUTHORS,
  REPOSITORY_LABEL,
  ROLE_AT_ANY,
  ROLE_AT_START,
  STAFF_ID,
  STUDENT_ID,
  THESIS_WORD,
  citationNames,
  labelsOnly,
  names,
  namesBeforeInstitution,
  roleOf,
  type Role,
} from './person-labels';

export interface People {
  authors: Field<string>[];
  contributors: Field<Contributor>[];
}

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
    if (labels && labels.author && labels.roles.length === 0) {
      // An author label alone ("Oleh:", "Authors"): the names are on the lines under it, each perhaps with its
      // institution on the same line or the next.
      // A block of institution lines (a cover page's) ends the list; so does a line of another kind.
      let k = i + 1;
      let listed = 0;
      let contextRun = 0;
      for (; k < lines.length && k <= i + MAX_LISTED_AUTHORS && contextRun < 2; k += 1) {
        const next = lines[k] as FrontLine;
        const found = namesBeforeInstitution(next.text, listed === 0);
        if (found && found.length > 0 && !STAFF_ID.test(next.text)) {
          for (const n of found) addAuthor(next, n);
          listed += 1;
          contextRun = 0;
        } else if (isContext(next.text)) contextRun += 1;
        else break;
      }
      i = k - 1;
      continue;
    }
    if (labels) {
      // Role labels alone: the names are on the next line, one column per label when two are run together.
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
    const indexed = INVERTED_WITH_INSTITUTION.exec(text);
    if (indexed) {
      for (const n of citationNames(indexed[1] ?? '')) addAuthor(line, n);
      continue;
    }
    if (BULLET.test(text)) {
      // An OJS author list: "• Name" or "• Name Program Studi ..., Universitas ...".
      const found = namesBeforeInstitution(text);
      if (found && found.length > 0) for (const n of found) addAuthor(line, n);
      continue;
    }
    if (isAffiliation(text) || STAFF_ID.test(nextText(i)) || insideTitle(lines, i, titleEnds)) continue;
    const found = names(line, 0, 1);
    if (!found || found.length === 0) continue;
    // Names under a role heading with more words to it ("Komisi Pembimbing", "Tim Penguji" over "Ketua  Anggota").
    const heading = [lines[i - 1], lines[i - 2]].find(
      (l) => l && l.text.length <= 60 && ROLE_AT_ANY.test(l.text),
    );
    if (heading) {
      const role = roleOf(ROLE_AT_ANY.exec(heading.text)?.[1] ?? '');
      for (const n of found) addContributor(line, n, role);
      continue;
    }
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

const MAX_TITLE_LINES = 8;

/** The line is a line of a stated title: a title ends on it or on one of the unbroken lines after it. A title in
 * capitals over several lines ("... INDONESIA DAN KOREA SELATAN") reads like names joined by "dan". */
function insideTitle(lines: FrontLine[], i: number, titleEnds: Set<number>): boolean {
  for (let k = i; k < lines.length && k < i + MAX_TITLE_LINES; k += 1) {
    const line = lines[k] as FrontLine;
    if (k > i && line.gapBefore) return false;
    if (titleEnds.has(line.end)) return true;
  }
  return false;
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
