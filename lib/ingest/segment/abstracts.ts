// Abstracts per language. A heading (ABSTRAK, Abstract, "Info Artikel ABSTRAK", one glued to the line before it
// by a page capture) opens a body: the prose after the title, name and form lines of a thesis's ABSTRAK page, up
// to a keyword line, the next heading or the end of the prose. An empty heading (a page with nothing on it) gives
// no abstract. The body is then split where its language changes and each part is assigned by the language it is
// written in, not by its heading's word. With no heading anywhere, the first run of strong prose before the body
// and the front-matter pages is the abstract.
import type { Lang } from '../../vocabulary/types';
import { isSectionKeyword } from '../clean/heading-shape';
import { endsSentence, isOtherHeading, isProse, isUnlabelledAbstractShape } from './abstract-shape';
import { isKeywordLabel, isListShaped as isKeywordList } from './keywords';
import { languageRuns, type Span } from './language-runs';
import type { Paragraph } from './paragraphs';

export interface AbstractBlock {
  lang: Lang;
  /** The heading's paragraph; for an abstract without a heading, its first paragraph. */
  headingIndex: number;
  /** True when the heading shares its paragraph with other text before it (a glued heading). */
  headingShared?: boolean;
  /** Paragraph indices of the body, in order. */
  body: number[];
  start: number;
  end: number;
  /** The text stops mid-sentence: the capture was cut off. */
  truncated: boolean;
}

const WORD = String.raw`(abstrak|intisari|ringkasan|abstract|summary)`;
// "Info Artikel ABSTRAK": the two headings of a two-column page, read across; the columns then run together.
const LEADING = new RegExp(
  String.raw`^((?:info(?:rmasi)?\s+artikel|article\s+info(?:rmation)?)\s+)?${WORD}(?:\s*[:.\-–—]\s*|\s+|$)`,
  'i',
);
// A heading glued to the text before it ("...v6i2.418Abstract", "Show full item recordAbstract"), or in capitals
// inside a paragraph the converter ran together; followed by the body's first capital.
const INSIDE =
  /(?:(?<=[\p{Ll}\d)])(?:Abstract|Abstrak|ABSTRACT|ABSTRAK)|(?<=\s)(?:ABSTRACT|ABSTRAK))\s*:?\s+(?=\p{Lu})/u;
const MARKUP = /^[#*_\s]+|[*_\s]+$/g;
// The labels a repository or journal page prints right after the abstract, run into its last line by a capture.
const CHROME_TAIL =
  /(?<=[.!?]["”’)]?)\s+(?:URI|Collections|Koleksi|Files in this item|Show full item record|Item Type|Uncontrolled Keywords|Subjects|Divisions|Depositing User|Date Deposited|Downloads?|How to Cite|Full Text|References|Refbacks|Statistics)\b/u;
const MAX_PREAMBLE = 8;
/** A two-column abstract runs through this many paragraphs at most (the side column's lines cut it up). */
const MAX_COLUMN_PARAGRAPHS = 12;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The language an abstract heading names, and where the body starts when it follows on the same line. */
export interface AbstractHeading {
  lang: Lang;
  inlineFrom: number | null;
  /** The heading of a two-column page: the side column (article info, keywords) runs through the body. */
  columns?: boolean;
}

/** The language an abstract heading names, and where the body starts when it follows on the same line. */
export function parseAbstractHeading(text: string): AbstractHeading | null {
  const bare = text.trim().replace(MARKUP, '');
  const match = LEADING.exec(bare);
  if (!match) return null;
  const word = (match[2] ?? '').toLowerCase();
  const lang: Lang = word === 'abstract' || word === 'summary' ? 'en' : 'id';
  const columns = match[1] ? { columns: true } : {};
  const rest = bare.slice(match[0].length).trim();
  if (rest.length === 0 || /^(?:[ivxlc]{1,7}|\d{1,4})$/i.test(rest))
    return { lang, inlineFrom: null, ...columns };
  // "Abstract: This study ..." is a heading with its body; "Abstract Submission Rules" is not a heading.
  return /^\p{Lu}/u.test(rest) && wordCount(rest) >= 8
    ? { lang, inlineFrom: text.indexOf(rest), ...columns }
    : null;
}

/** A heading inside paragraph `p`, after other text: where its body starts, when a body of prose follows. */
function insideHeading(p: Paragraph): number | null {
  const match = INSIDE.exec(p.text);
  if (!match || match.index === 0) return null;
  const from = match.index + match[0].length;
  return wordCount(p.text.slice(from)) >= 20 ? from : null;
}

/** Whether paragraph `p` ends an abstract body that is being collected. */
export function endsAbstract(p: Paragraph): boolean {
  return (
    parseAbstractHeading(p.text) !== null ||
    isKeywordLabel(p.text) ||
    isSectionKeyword(p.text) ||
    isOtherHeading(p.text)
  );
}

/** A span of paragraph `p` from `start`, cut before page chrome run into its end; `cut` when it was. */
function proseSpan(p: Paragraph, start = p.start): { span: Span; cut: boolean } {
  const tail = CHROME_TAIL.exec(p.text.slice(start - p.start));
  return tail
    ? { span: { start, end: start + tail.index }, cut: true }
    : { span: { start, end: p.end }, cut: false };
}

/** The paragraphs of a two-column abstract: everything up to the next heading, side column and all. */
function collectColumns(paragraphs: Paragraph[], from: number, inline: Span | null) {
  const spans: Span[] = inline ? [inline] : [];
  const body: number[] = [];
  for (let j = from; j < paragraphs.length && body.length < MAX_COLUMN_PARAGRAPHS; j += 1) {
    const next = paragraphs[j] as Paragraph;
    if (parseAbstractHeading(next.text) || isSectionKeyword(next.text) || isOtherHeading(next.text)) break;
    spans.push({ start: next.start, end: next.end });
    body.push(j);
  }
  return { spans, body };
}

/** The body spans after a heading: the inline text, then prose paragraphs after a preamble of other lines. */
function collectBody(paragraphs: Paragraph[], from: number, inline: Span | null) {
  const spans: Span[] = inline ? [inline] : [];
  const body: number[] = [];
  let skipped = 0;
  for (let j = from; j < paragraphs.length; j += 1) {
    const next = paragraphs[j] as Paragraph;
    if (endsAbstract(next) || (spans.length > 0 && isKeywordList(next.text))) break;
    if (isProse(next.text)) {
      const { span, cut } = proseSpan(next);
      spans.push(span);
      body.push(j);
      if (cut) break;
    } else if (spans.length > 0 || (skipped += 1) > MAX_PREAMBLE) break;
  }
  return { spans, body };
}

/** One block per language run of the body (a body holding both abstracts gives two). */
function blocksOf(
  text: string,
  headingIndex: number,
  spans: Span[],
  body: number[],
  paragraphs: Paragraph[],
) {
  const runs = languageRuns(text, spans);
  const blocks: AbstractBlock[] = [];
  runs.forEach((run, r) => {
    if (run.lang === null) return;
    const inRun = body.filter((i) => {
      const p = paragraphs[i] as Paragraph;
      return p.end > run.start && p.start < run.end;
    });
    blocks.push({
      lang: run.lang,
      headingIndex: r === 0 ? headingIndex : (inRun[0] ?? headingIndex),
      body: inRun,
      start: run.start,
      end: run.end,
      truncated: r === runs.length - 1 && !endsSentence(text.slice(run.start, run.end)),
    });
  });
  return blocks;
}

/** Abstracts with a heading, in text order. */
function headedAbstracts(paragraphs: Paragraph[], text: string): AbstractBlock[] {
  const blocks: AbstractBlock[] = [];
  paragraphs.forEach((p, i) => {
    const heading = parseAbstractHeading(p.text);
    const inside = heading ? null : insideHeading(p);
    if (!heading && inside === null) return;
    const inlineFrom = heading ? heading.inlineFrom : inside;
    const inline = inlineFrom === null ? null : proseSpan(p, p.start + inlineFrom);
    const collect = heading?.columns ? collectColumns : collectBody;
    // A body cut before page chrome on the heading's own paragraph ends there.
    const { spans, body } = inline?.cut
      ? { spans: [inline.span], body: [] }
      : collect(paragraphs, i + 1, inline?.span ?? null);
    if (spans.length === 0) return;
    const found = blocksOf(text, i, spans, inline && heading ? [i, ...body] : body, paragraphs);
    for (const block of found) blocks.push(inside === null ? block : { ...block, headingShared: true });
  });
  return blocks;
}

/** With no heading anywhere: the first run of strong prose before the body and the front-matter pages. */
function unlabelledAbstracts(paragraphs: Paragraph[], text: string): AbstractBlock[] {
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i] as Paragraph;
    if (isSectionKeyword(p.text) || isOtherHeading(p.text)) return [];
    if (!isUnlabelledAbstractShape(p.text)) continue;
    const { spans, body } = collectBody(paragraphs, i + 1, { start: p.start, end: p.end });
    return blocksOf(text, i, spans, [i, ...body], paragraphs);
  }
  return [];
}

export function findAbstracts(paragraphs: Paragraph[], text: string): AbstractBlock[] {
  const headed = headedAbstracts(paragraphs, text);
  return headed.length > 0 ? headed : unlabelledAbstracts(paragraphs, text);
}

/** The first abstract of each language, in text order. */
export function abstractsByLanguage(blocks: AbstractBlock[]): Map<Lang, AbstractBlock> {
  const byLang = new Map<Lang, AbstractBlock>();
  for (const block of blocks) if (!byLang.has(block.lang)) byLang.set(block.lang, block);
  return byLang;
}
