// What single lines of page furniture look like (page numbers, venue footers, author headers), and what content
// lines that can look repetitive look like (list items, numbered lines, table cells). Shape only, one line at a
// time; running-headers.ts decides from where the lines sit.

export const FURNITURE_MAX_LENGTH = 110;

export function isPageNumber(text: string): boolean {
  const match =
    /^(?:(?:page|halaman|hal\.?)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:of|dari)\s*\d{1,4})?$/i.exec(
      text.trim(),
    );
  if (!match) return false;
  const value = Number(match[1]);
  // A lone year on a cover page is the thesis year, not a page number.
  return !(value >= 1900 && value <= 2100);
}

/** "| 12 |": a number between the bars some converters draw around a page number. */
export const isBareNumber = (text: string) => /^\|?\s*\d{1,4}\s*\|?$/.test(text);

/** A line of figures only ("1.234", "45,6%", "2019"): a table cell, or a page number when it stands alone. */
export const isNumericLine = (text: string) => /^[\s|()\-–—]*\d[\d\s.,%|()\-–—]*$/.test(text);

/** "Journal Vol. 3 No. 2, Januari 2024 | 364": a venue line as running headers and footers print it. */
export function isVenueLine(text: string): boolean {
  if (text.length > FURNITURE_MAX_LENGTH) return false;
  return (
    /\bvol(?:ume)?\.?\s*\d+\s*[,.]?\s*(?:no|nomor|issue|edisi)\.?\s*\d+/i.test(text) || /\bISSN\b/i.test(text)
  );
}

const NAME_TOKEN = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*\.?|et|al\.?|&|dan|and)$/u;

/** "A.A.A.K. Devi, N.W.R. Priadarsini, P.T.K. Resen" or "Devi, Priadarsini & Resen": an authors header. */
export function isNameList(text: string): boolean {
  if (text.length > FURNITURE_MAX_LENGTH || /[0-9:;()]/.test(text)) return false;
  const parts = text.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const tokens = part.split(/\s+/);
    return tokens.length <= 5 && tokens.every((t) => NAME_TOKEN.test(t));
  });
}

// "- item", "• item", "[3] item", "1. item", "a) item", "(ii) item", "2.3.1 Heading".
const LIST_OR_NUMBERED =
  /^(?:[-–•▪●◦*]\s|\[\d{1,3}\]\s|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s|(?:\d{1,2}\.)+\d{1,2}\.?\s)/;

/** A list item or a numbered line: content, however often its shape repeats. An author header is not one. */
export function isListOrNumbered(text: string): boolean {
  return LIST_OR_NUMBERED.test(text) && !isNameList(text) && !isVenueLine(text);
}

/** The form repeats are compared in: case, digits (page numbers inside a header) and spacing ignored. */
export function normaliseForRepeat(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Repeats of a line this short (in letters and digits) say nothing: "#", "i.", "- -". */
export const hasRepeatSubstance = (key: string) => key.replace(/[#\W]/g, '').length >= 3;
