// Justified PDF lines come out with runs of spaces ("development  foundation"); inside a paragraph one space is
// enough. Only deletions, so origins stay exact.
import { applyEdits, type Edit, type MappedText } from './mapped-text';

export function collapseSpaces(input: MappedText): MappedText {
  const edits: Edit[] = [];
  for (const match of input.text.matchAll(/[ \t\u00a0]{2,}/g)) {
    // Table rows keep their tab stops; elsewhere a run of spaces becomes one.
    if (match[0].includes('\t')) continue;
    edits.push({ start: match.index + 1, end: match.index + match[0].length, replacement: '' });
  }
  for (const match of input.text.matchAll(/\u00a0/g)) {
    edits.push({ start: match.index, end: match.index + 1, replacement: ' ' });
  }
  return applyEdits(input, edits);
}
