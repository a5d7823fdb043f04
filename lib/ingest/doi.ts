// DOIs as sources write them: bare ("10.1234/jhi.v1i2.3"), as "doi:..." or as a doi.org link, percent-encoded or
// not. Stored bare, without the sentence's trailing punctuation.
const DOI = /\b(10\.\d{4,9}\/[^\s"<>]+)/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function doiOf(text: string): string | null {
  const found = DOI.exec(decoded(text))?.[1];
  return found ? found.replace(/[.,;)\]]+$/, '') : null;
}

// A journal article states its own DOI in its header, above the abstract ("DOI: 10...."); DOIs further down are
// the references'.
const STATED = /(?:\bdoi\s*[:.]?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>]+)/i;

/** The DOI a document states for itself: one labelled or linked as a DOI before `before` (its abstracts). */
export function statedDoi(text: string, before: number): string | null {
  const found = STATED.exec(text.slice(0, Math.min(before, 3000)))?.[1];
  return found ? doiOf(found) : null;
}
