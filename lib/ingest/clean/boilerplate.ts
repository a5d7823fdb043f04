// Page chrome: the lines that aggregator viewers (Scribd, 123dok, Studylib), repository pages (DSpace, EPrints)
// and journal sites (OJS) wrap around a document, driven by the patterns of lib/vocabulary/data/boilerplate.yaml.
// Whole lines are dropped, chrome glued to a line's start or end is cut off, two things run together on one line
// are split. Weak entries ("Login", a bare number) go only in an unbroken run that holds a strong one, so a word
// that is chrome on a page and content in a text is never taken alone. Each line is tried once against each
// pattern, and only lines short enough to be chrome, so the cost is linear in the text.
import { boilerplatePatterns, type BoilerplatePattern } from '../../vocabulary/boilerplate';
import type { Repair } from '../types';
import type { Line } from './lines';
import { sliceMapped } from './mapped-text';

/** Chrome lines are short; a longer line is text (and a pattern is never run over a long paragraph). */
const MAX_CHROME_LINE = 300;

type Mark = 'none' | 'weak' | 'strong';

export interface BoilerplateResult {
  kept: Line[];
  repairs: Repair[];
}

/** The pattern may match `lower` (the line in lower case): it holds one of the pattern's hints, or it has none. */
const hinted = (p: BoilerplatePattern, lower: string) =>
  p.hints === null || p.hints.some((h) => lower.includes(h));

const spanOf = (line: Line, from = 0, to = line.content.text.length) => {
  const start = line.content.origins[from] ?? 0;
  const end = (line.content.origins[Math.max(from, to - 1)] ?? start) + 1;
  return { start, end };
};

function removal(line: Line, original: string, from?: number, to?: number): Repair {
  const { start, end } = spanOf(line, from, to);
  return { kind: 'boilerplate', original: original.slice(start, end), replacement: '', originalStart: start };
}

/** A part of `line` (offsets into its text) as a line of its own, trimmed. */
function partOf(line: Line, from: number, to: number, blanksBefore: number): Line | null {
  const raw = line.content.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  if (raw.trim().length === 0) return null;
  return { ...line, content: sliceMapped(line.content, from + lead, to - trail), blanksBefore };
}

/** Prefix, suffix and split entries on one line: the line's parts that stay, and what was cut off. */
function editLine(
  line: Line,
  index: number,
  patterns: BoilerplatePattern[],
  original: string,
  repairs: Repair[],
): Line[] {
  const text = line.content.text;
  const lower = text.toLowerCase();
  const applies = (p: BoilerplatePattern) => (p.head === null || index < p.head) && hinted(p, lower);
  let from = 0;
  let to = text.length;
  for (const p of patterns) {
    if (!applies(p)) continue;
    if (p.match === 'prefix' && from === 0) {
      const m = p.regex.exec(text);
      if (m && m[0].length > 0 && m[0].length < to) {
        repairs.push(removal(line, original, 0, m[0].length));
        from = m[0].length;
      }
    } else if (p.match === 'suffix' && to === text.length) {
      const m = p.regex.exec(text.slice(from));
      if (m && m.index > 0) {
        repairs.push(removal(line, original, from + m.index, to));
        to = from + m.index;
      }
    }
  }
  for (const p of patterns) {
    if (p.match !== 'split' || !applies(p)) continue;
    const m = p.regex.exec(text.slice(from, to));
    if (!m || m[0].trim().length === 0 || from + m[0].length >= to) continue;
    const cut = from + m[0].length;
    const origin = line.content.origins[cut] ?? 0;
    repairs.push({ kind: 'boilerplate', original: '', replacement: '\n', originalStart: origin });
    // The second part starts a block of its own: a heading or a title, not a continuation of the first.
    return [partOf(line, from, cut, line.blanksBefore), partOf(line, cut, to, 1)].filter(
      (l): l is Line => l !== null,
    );
  }
  const part = from === 0 && to === text.length ? line : partOf(line, from, to, line.blanksBefore);
  return part ? [part] : [];
}

/** The strongest whole-line entry matching `text`. */
function lineEntry(text: string, index: number, patterns: BoilerplatePattern[]): BoilerplatePattern | null {
  let weak: BoilerplatePattern | null = null;
  const lower = text.toLowerCase();
  for (const p of patterns) {
    if (p.match !== 'line' || (p.head !== null && index >= p.head) || !hinted(p, lower)) continue;
    if (!p.regex.test(text)) continue;
    if (!p.weak) return p;
    weak ??= p;
  }
  return weak;
}

/** Marks whole chrome lines; `next` and `until` entries take the lines they name with them. */
function markLines(lines: Line[], patterns: BoilerplatePattern[]): Mark[] {
  const marks: Mark[] = lines.map(() => 'none');
  lines.forEach((line, i) => {
    const text = line.content.text;
    if (text.length > MAX_CHROME_LINE || line.tabular) return;
    const entry = lineEntry(text, i, patterns);
    if (!entry) return;
    if (marks[i] !== 'strong') marks[i] = entry.weak ? 'weak' : 'strong';
    for (let k = 1; k <= entry.next && i + k < lines.length; k += 1) marks[i + k] = 'strong';
    if (entry.until) {
      for (let k = 1; k <= entry.within && i + k < lines.length; k += 1) {
        if (!entry.until.test(lines[i + k]?.content.text ?? '')) continue;
        for (let j = 1; j <= k; j += 1) marks[i + j] = 'strong';
        break;
      }
    }
  });
  // A weak line is chrome only in an unbroken run of chrome lines (no blank line inside) that holds a strong one.
  for (let i = 0; i < lines.length;) {
    if (marks[i] === 'none') {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && marks[j] !== 'none' && (lines[j]?.blanksBefore ?? 0) === 0) j += 1;
    if (!marks.slice(i, j).includes('strong')) for (let k = i; k < j; k += 1) marks[k] = 'none';
    i = j;
  }
  return marks;
}

const endsOpen = (text: string) => !/[.!?:;]["'”’)\]]*$/.test(text);

/** Drops and cuts page chrome; every removal is a 'boilerplate' repair holding the original text. */
export function dropBoilerplate(
  lines: Line[],
  original: string,
  patterns: BoilerplatePattern[] = boilerplatePatterns(),
): BoilerplateResult {
  const repairs: Repair[] = [];
  const marks = markLines(lines, patterns);
  const kept: Line[] = [];
  let removedSince = false;
  lines.forEach((line, i) => {
    if (marks[i] !== 'none') {
      repairs.push(removal(line, original));
      removedSince = true;
      return;
    }
    const parts =
      line.content.text.length > MAX_CHROME_LINE || line.tabular
        ? [line]
        : editLine(line, i, patterns, original, repairs);
    for (const part of parts) {
      const previous = kept[kept.length - 1];
      if (removedSince && previous) {
        // Chrome between two halves of a sentence (an advertisement slot mid-paragraph) lets them re-join;
        // otherwise what follows chrome starts a block of its own.
        const midSentence = endsOpen(previous.content.text) && /^\p{Ll}/u.test(part.content.text);
        kept.push({
          ...part,
          blanksBefore: midSentence ? part.blanksBefore : Math.max(1, part.blanksBefore),
        });
      } else kept.push(part);
      removedSince = false;
    }
  });
  return { kept, repairs };
}
