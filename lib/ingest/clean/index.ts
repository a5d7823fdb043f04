// The clean step: decoded text -> repaired paragraphs, every change recorded as a Repair and every cleaned
// offset mappable back to the decoded original.
import type { CleanText, DecodedText, Repair } from '../types';
import { dropBoilerplate } from './boilerplate';
import { buildVocabulary } from './hyphenation';
import { splitLines } from './lines';
import { makeToOriginal, mapText, toAnchors } from './mapped-text';
import { stripMarkup } from './markup';
import { repairKnownNames } from './ocr';
import { joinParagraphs } from './render-paragraphs';
import { dropRunningHeaders, type KnownFurniture } from './running-headers';
import { collapseSpaces } from './whitespace';

export interface CleanOptions {
  /** Names and acronyms of the field (IJM, Transnational Advocacy Networks, ...) that OCR damage is checked against. */
  knownNames: string[];
  /** Heads, feet and page numbers a layout step found by position (PDF pages), dropped like those found here. */
  furniture?: KnownFurniture[];
}

export function cleanText(decoded: DecodedText, options: CleanOptions): CleanText {
  const original = decoded.text;
  const markup = stripMarkup(mapText(original));
  // Page chrome goes before the running-header search, so a viewer's repeated buttons are not taken for headers.
  const chrome = dropBoilerplate(splitLines(markup.text), original);
  const furniture = dropRunningHeaders(chrome.kept, original, options.furniture);
  const vocabulary = buildVocabulary(furniture.kept.map((line) => line.content.text).join('\n'));
  const paragraphs = joinParagraphs(furniture.kept, vocabulary, original);
  const spaced = collapseSpaces(paragraphs.text);
  const ocr = repairKnownNames(spaced, options.knownNames);
  const repairs: Repair[] = [
    ...(decoded.repairs ?? []),
    ...markup.repairs,
    ...chrome.repairs,
    ...furniture.repairs,
    ...paragraphs.repairs,
    ...ocr.repairs,
  ].sort((a, b) => a.originalStart - b.originalStart);
  const anchors = toAnchors(ocr.text.origins);
  return {
    text: ocr.text.text,
    repairs,
    toOriginal: makeToOriginal(anchors, ocr.text.text.length, original.length),
  };
}

export { stripMarkup } from './markup';
export { dropBoilerplate } from './boilerplate';
export { dropRunningHeaders } from './running-headers';
export { joinParagraphs } from './render-paragraphs';
export { repairKnownNames } from './ocr';
