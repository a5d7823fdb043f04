// Builds classify inputs from the real corpus files without the real clean/segment steps, so the classifier is
// tested on its own: markup stripped, wrapped lines joined, abstracts cut at their headings, sections at the
// all-capitals headings of a paper, keywords split at commas.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClassifyInput } from '@/lib/ingest/classify';
import { emptySegmentedDocument } from '@/lib/ingest/empty-document';
import type { Field, SegmentedDocument } from '@/lib/ingest/types';
import type { Lang } from '@/lib/vocabulary/types';

const CORPUS = path.resolve(import.meta.dirname, '../../corpus');

const ABSTRACT_HEADING = /^(abstrak|abstract)$/i;
const KEYWORDS_LINE = /^(kata[\s-]kunci|keywords?)\s*:/i;
const SECTION_HEADING =
  /^(PENDAHULUAN|METODE(?: PENELITIAN)?|HASIL DAN PEMBAHASAN|PENUTUP|SIMPULAN|KESIMPULAN|DAFTAR PUSTAKA)$/;

/** Strips Markdown emphasis, superscripts and URL brackets, drops page-number lines, joins wrapped lines. */
export function roughClean(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\^\{[^}]*\}|[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '')
    .replace(/\*\*|\*/g, '')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => !/^\d{1,4}$/.test(l));
  const paragraphs: string[] = [];
  let current = '';
  let capsBlock = false; // consecutive lines in capitals form one title paragraph
  const flush = () => {
    if (current) paragraphs.push(current);
    current = '';
    capsBlock = false;
  };
  for (const line of lines) {
    if (line === '') {
      if (capsBlock) flush();
      continue;
    }
    const heading = ABSTRACT_HEADING.test(line) || SECTION_HEADING.test(line) || KEYWORDS_LINE.test(line);
    const caps = !heading && /^[A-Z0-9 ,.'’()&-]{12,}$/.test(line);
    if (heading) {
      flush();
      paragraphs.push(line);
      continue;
    }
    if (caps) {
      if (!capsBlock) flush();
      current = current ? `${current} ${line}` : line;
      capsBlock = true;
      continue;
    }
    if (capsBlock) flush();
    current = current ? `${current} ${line}` : line;
    if (/[.!?]$/.test(line)) flush();
  }
  flush();
  return paragraphs.join('\n\n');
}

function at(text: string, value: string, from = 0): Field<string> {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`not in text: ${value.slice(0, 40)}`);
  return { value, provenance: { source: 'extracted', start, end: start + value.length } };
}

/** Segments rough-cleaned text; `titles` are located verbatim in the text. */
export function roughSegment(text: string, titles: Partial<Record<Lang, string>> = {}): SegmentedDocument {
  const paragraphs: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g))
    paragraphs.push({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const doc = emptySegmentedDocument();
  for (const lang of ['id', 'en'] as const)
    if (titles[lang]) doc.title[lang] = at(text, titles[lang] as string);
  const isBoundary = (p: string) =>
    ABSTRACT_HEADING.test(p) ||
    KEYWORDS_LINE.test(p) ||
    SECTION_HEADING.test(p) ||
    /^[A-Z0-9 ,.'’()&-]{12,}$/.test(p);
  paragraphs.forEach((p, i) => {
    if (ABSTRACT_HEADING.test(p.text)) {
      const lang: Lang = /^abstrak$/i.test(p.text) ? 'id' : 'en';
      let j = i + 1;
      while (j < paragraphs.length && !isBoundary(paragraphs[j]?.text ?? '')) j++;
      const first = paragraphs[i + 1];
      const last = paragraphs[j - 1];
      if (first && last && j > i + 1)
        doc.abstracts[lang] = {
          value: text.slice(first.start, last.end),
          provenance: { source: 'extracted', start: first.start, end: last.end },
        };
    } else if (KEYWORDS_LINE.test(p.text)) {
      const lang: Lang = /^keywords?/i.test(p.text) ? 'en' : 'id';
      const colon = p.text.indexOf(':');
      let offset = p.start + colon + 1;
      for (const part of p.text.slice(colon + 1).split(',')) {
        const value = part.trim();
        const start = text.indexOf(value, offset);
        if (value)
          doc.keywords[lang].push({
            value,
            provenance: { source: 'extracted', start, end: start + value.length },
          });
        offset += part.length + 1;
      }
    } else if (SECTION_HEADING.test(p.text)) {
      const next = paragraphs.slice(i + 1).find((q) => SECTION_HEADING.test(q.text));
      doc.sections.push({
        heading: p.text,
        level: 1,
        text: text.slice(p.end, next ? next.start : text.length).trim(),
        start: p.end,
        end: next ? next.start : text.length,
      });
    }
  });
  return doc;
}

export function corpusInput(prefix: string, titles: Partial<Record<Lang, string>> = {}): ClassifyInput {
  const file = readFileSync(path.join(CORPUS, `${prefix}.txt`), 'utf8');
  const text = roughClean(file);
  return { text, segmented: roughSegment(text, titles) };
}

export const CORPUS_FILES = {
  thesisAbstract: '000_ca4bf7d1b30f51f4',
  articleTwoColumn: '001_35e5132b2f9dd7c4',
  thesisAbstractWithTitle: '003_46d0c4582f3a856d',
  articleWithReferences: '004_ee0b6ec72090fab7',
} as const;

export interface SyntheticParts {
  title?: Partial<Record<Lang, string>>;
  abstracts?: Partial<Record<Lang, string>>; // written in the order given
  keywords?: Partial<Record<Lang, string[]>>;
  sections?: [heading: string, body: string][];
  venue?: string;
}

/** A hand-written document, laid out as the cleaner would (paragraphs split by blank lines), with exact offsets. */
export function syntheticInput(parts: SyntheticParts): ClassifyInput {
  let text = '';
  const add = (s: string) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  const field = (value: string, r: { start: number; end: number }): Field<string> => ({
    value,
    provenance: { source: 'extracted', ...r },
  });
  const doc = roughSegment('', {});
  for (const lang of ['id', 'en'] as const) {
    const title = parts.title?.[lang];
    if (title) doc.title[lang] = field(title, add(title));
  }
  for (const [lang, body] of Object.entries(parts.abstracts ?? {}) as [Lang, string][]) {
    add(lang === 'id' ? 'Abstrak' : 'Abstract');
    doc.abstracts[lang] = field(body, add(body));
    const words = parts.keywords?.[lang];
    if (words) {
      const label = lang === 'id' ? 'Kata kunci: ' : 'Keywords: ';
      const line = add(label + words.join(', '));
      let offset = line.start + label.length;
      for (const w of words) {
        doc.keywords[lang].push(field(w, { start: offset, end: offset + w.length }));
        offset += w.length + 2;
      }
    }
  }
  for (const [heading, body] of parts.sections ?? []) {
    add(heading);
    const r = add(body);
    doc.sections.push({ heading, level: 1, text: body, ...r });
  }
  if (parts.venue) doc.venue = field(parts.venue, add(parts.venue));
  return { text, segmented: doc };
}
