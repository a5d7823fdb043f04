// Whether a page's text layer can be read, or the page must go to OCR: a scan has no text items at all, and some
// PDFs carry a layer that is no text (fonts without a character map give control codes, boxes or a private-use
// alphabet; an OCR layer of a bad scan gives consonant soup). Both are judged on letters and word shapes.
import type { PdfPageItems } from './read-pdf';

/** A page with fewer letters than this holds no text worth reading (a blank page, a figure, a scan). */
const MIN_LETTERS = 40;
/**
 * Letters among the characters that are neither digits nor ordinary punctuation (a table of contents is mostly
 * dot leaders and page numbers, and still text): what is left in a garbage layer is symbols, boxes, control codes.
 */
const MIN_LETTER_SHARE = 0.8;
const ORDINARY = /[\s\d.,;:!?()[\]{}'"“”‘’`\-–—_/\\%&*+=<>#@|…•·]/gu;
/** pdf.js writes a glyph it has no character for as "(cid:N)": a few are a missing symbol, many a broken font. */
const MAX_CID_GLYPHS = 5;
/** Words with a vowel among the words of two letters or more: Indonesian and English words nearly all have one. */
const MIN_WORDLIKE_SHARE = 0.6;

export function hasUsableText(page: PdfPageItems): boolean {
  const text = page.items.map((item) => item.text).join(' ');
  if ((text.match(/\(cid:\d+\)/g)?.length ?? 0) > MAX_CID_GLYPHS) return false;
  const rest = text.replace(ORDINARY, '');
  const letters = rest.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return false;
  if (letters / rest.length < MIN_LETTER_SHARE) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  const wordlike = words.filter((w) => /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i.test(w)).length;
  return words.length > 0 && wordlike / words.length >= MIN_WORDLIKE_SHARE;
}
