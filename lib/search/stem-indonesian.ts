// Indonesian stems: the Snowball stemmer (@orama/stemmers), then the roots its stripping can hide restored, so
// every form of a root shares a term with the others and unrelated words do not (measured on word pairs in
// tests/unit/search-stemming-pairs.test.ts). Used at index and at query time alike.
import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';

// Onsets a real Indonesian stem can start with; anything else means the stemmer cut into the root
// ("kerjasama" -> "rjasama"), and the unstemmed word is the safer term.
const ONSET_OK = /^(?:[aeiou]|[^aeiou](?:[aeiouy]|[rlhwy])|ng|ny|sy|kh|str|sk|sp|st|sw|sm|sn|ps|ts)/;

function snowballIndonesian(word: string): string {
  const stem = stemIndonesian(word);
  return stem.length < 2 || !ONSET_OK.test(stem) ? word : stem;
}

/**
 * The roots a stripped prefix can hide, given the stem the stemmer left. The stemmer only strips, and nasal
 * prefixes swallow the root's first sound, so each is restored as the morphology allows, never as a vowel root
 * where the language has none:
 * - me/pe-n + vowel: a t- or n- root only (menangani: tangan, menilai: nilai). The bare stem is never a root
 *   (a vowel root takes meng-), and emitting it joined "peringkat" (per + ingkat) to "meningkat" (tingkat).
 * - me/pe-ng + vowel: a vowel or k- root (mengajar: ajar, mengirim: kirim).
 * - me/pe-ny + vowel: an s- or ny- root (menyelundupkan: selundup, menyatakan: nyata); the stemmer gives s-.
 * - me/pe-m + vowel: a p- or m- root (memahami: paham, memakan: makan); the stemmer gives p-.
 * - ber/per + vowel: a vowel or r- root (perubahan: ubah, perekrutan: rekrut).
 */
function restoredRoots(word: string, stem: string): string[] {
  if (/^[aeiou]/.test(stem)) {
    const at = word.lastIndexOf(stem);
    const before = at > 0 ? word.slice(0, at) : '';
    if (/(?:me|pe)n$/.test(before)) return ['t' + stem, 'n' + stem];
    if (/(?:me|pe)ng$/.test(before)) return [stem, 'k' + stem];
    if (/(?:be|pe)r$/.test(before)) return [stem, 'r' + stem];
    return [stem];
  }
  // "mempengaruhi" -> "ngaruh" while "pengaruh" -> "aruh": strip the leftover nasal too.
  if (/^ng[aeiou]/.test(stem)) return [stem.slice(2), 'k' + stem.slice(2)];
  const rest = stem.slice(1);
  if (stem[0] === 's' && word.includes('ny' + rest) && /(?:me|pe)ny/.test(word)) return [stem, 'ny' + rest];
  if (stem[0] === 'p' && word.includes('m' + rest) && /(?:me|pe)m/.test(word)) return [stem, 'm' + rest];
  return [stem];
}

// A stem that still opens with a prefix: the stemmer stops when few vowels remain ("berpengaruh" -> "pengaruh",
// "kementerian" -> "menteri"), so it is stemmed again, keeping both.
const PREFIXED = /^(?:ber|per|pe[mn]|meng|me[mn]|me[lrwy]|di|ter|ke)/;

export function stemsIndonesian(word: string): string[] {
  const out = new Set<string>();
  let from = word;
  for (let depth = 0; depth < 3; depth++) {
    const stem = snowballIndonesian(from);
    for (const root of restoredRoots(from, stem)) {
      out.add(root);
      // A root ending in -i loses it to the suffix rule without -an ("meneliti" -> "telit") but keeps it with
      // -an ("penelitian" -> "teliti"): both are kept.
      if (from.endsWith('ian') && root.endsWith('i') && root.length > 3) out.add(root.slice(0, -1));
    }
    // The stemmer took a prefix and an -an that was the root's own syllables ("peranan" -> "anan"): the word
    // without its -an is stemmed as well ("peran").
    if (/^[aeiou]/.test(stem) && from.endsWith('an') && depth === 0) {
      const bare = from.slice(0, -2);
      for (const root of restoredRoots(bare, snowballIndonesian(bare))) out.add(root);
    }
    if (stem === from || !PREFIXED.test(stem)) break;
    from = stem;
  }
  return [...out];
}
