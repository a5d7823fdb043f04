// The standard 14 fonts (Helvetica, Times) are set in WinAnsiEncoding, in pdfkit and pdf-lib alike: 218 characters,
// Latin-1 plus curly quotes, dashes, the ellipsis, the bullet and a few more. pdf-lib throws on any other character
// ("WinAnsi cannot encode ...") and pdfkit writes a wrong code for it, so text set in those fonts goes through
// `toWinAnsi` first. Only characters the encoding lacks are replaced: curly quotes, en and em dashes, "…", "•",
// "©" and superscript digits are in WinAnsi and stay as they are. Embedded TrueType fonts need none of this.

const EXTRA = [
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
];
const ENCODABLE = new Set<number>([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...EXTRA,
]);

/** Close stand-ins, in the encoding, for characters it lacks. */
const STAND_INS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2015': '-', // horizontal bar
  '\u2212': '-', // minus sign
  '\u2032': "'", // prime
  '\u2033': '"', // double prime
  '\u201b': "'",
  '\u201f': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** True when the character can be set in a standard 14 font. */
export const isWinAnsi = (char: string) => ENCODABLE.has(char.codePointAt(0) ?? -1) && char.length === 1;

/**
 * Text a standard 14 font can set: each character WinAnsi lacks becomes its stand-in, or its base letter when it is
 * a Latin letter with a diacritic WinAnsi does not have (ā -> a), or is dropped.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\n' || isWinAnsi(char)) out += char;
    else if (char in STAND_INS) out += STAND_INS[char];
    else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      if (base && [...base].every(isWinAnsi)) out += base;
    }
  }
  return out;
}
