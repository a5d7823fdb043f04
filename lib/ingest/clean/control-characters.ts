// Control characters in decoded text: NUL and the other C0 controls but tab, line feed, form feed and carriage
// return (and DEL). They carry nothing a reader sees, and SQLite/Prisma and PostgreSQL refuse or mangle them, so
// they are removed from the decoded text itself, the text the store keeps as the original, and each run removed is
// a repair. The decoder applies this right after decoding so that every later offset indexes the stored text.
import type { Repair } from '../types';

// Matching control characters is the point here, so the lint rule against them in patterns does not apply.
// eslint-disable-next-line no-control-regex
const CONTROL_RUN = /[\x00-\x08\x0b\x0e-\x1f\x7f]+/g;

/** The Control Pictures sign of a control character ("␀" for NUL): printable, storable, and one-to-one. */
const controlPicture = (ch: string) =>
  String.fromCharCode(ch === '\x7f' ? 0x2421 : 0x2400 + ch.charCodeAt(0));

/**
 * Removes control characters, a repair per run; `earlier` repairs (offsets before the removal) are shifted onto
 * the new text, so every offset indexes the text that is returned.
 */
export function stripControlCharacters(
  text: string,
  earlier: Repair[] = [],
): { text: string; repairs: Repair[] } {
  CONTROL_RUN.lastIndex = 0;
  if (!CONTROL_RUN.test(text)) return { text, repairs: earlier };
  const removed: Array<{ at: number; length: number }> = [];
  const repairs: Repair[] = [];
  let shift = 0;
  const kept = text.replace(CONTROL_RUN, (run: string, at: number) => {
    removed.push({ at, length: run.length });
    const original = [...run].map(controlPicture).join('');
    repairs.push({ kind: 'control-character', original, replacement: '', originalStart: at - shift });
    shift += run.length;
    return '';
  });
  // Each earlier offset moves left by the number of characters removed before it.
  let k = 0;
  let before = 0;
  const shifted = earlier.map((repair) => {
    while (k < removed.length && (removed[k]?.at ?? 0) < repair.originalStart)
      before += removed[k++]?.length ?? 0;
    return { ...repair, originalStart: repair.originalStart - before };
  });
  return { text: kept, repairs: [...shifted, ...repairs].sort((a, b) => a.originalStart - b.originalStart) };
}
