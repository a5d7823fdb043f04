// What the paragraphs around an abstract look like: running prose (the abstract itself), the title, name and form
// lines a thesis prints on its ABSTRAK page before the text, page numbers, and the headings of the other pages of
// a thesis's front matter (KATA PENGANTAR, SURAT PERNYATAAN, LEMBAR PENGESAHAN, DAFTAR ISI, ...), which end an
// abstract and are never one. Shape only: no knowledge of any particular document.
import { isAllCaps, looksLikeHeading } from '../clean/heading-shape';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "iv", "vi", "12": a page number left on a line of its own. */
export const PAGE_NUMBER = /^(?:[ivxlc]{1,7}|\d{1,4})$/i;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

// The pages of a thesis's front matter that are not the abstract, and the chrome headings of journal and
// repository pages that follow an abstract there.
const OTHER_HEADING = new RegExp(
  String.raw`^(?:kata\s+pengantar|prakata|surat\s+pernyataan|pernyataan(?:\s+(?:orisinalitas|keaslian)\b.*)?|` +
    String.raw`lembar(?:an)?\s+(?:pengesahan|persetujuan|pernyataan)\b.*|halaman\s+(?:judul|pengesahan|persetujuan|pernyataan|persembahan|motto)\b.*|` +
    String.raw`daftar\s+(?:isi|tabel|gambar|lampiran|singkatan|istilah|pustaka|grafik|bagan)|motto|persembahan|` +
    String.raw`ucapan\s+terima\s+kasih|table\s+of\s+contents|contents|acknowledge?ments?|preface|foreword|` +
    String.raw`approval\s+(?:page|sheet)|statement\s+of\s+(?:originality|authorship)|bab\s+[ivx1-9]+\b.*|chapter\s+[ivx1-9]+\b.*|` +
    String.raw`references|downloads?|how\s+to\s+cite|full\s+text(?:\s*:.*)?|files\s+in\s+this\s+item|published|` +
    String.raw`article\s+metrics|citations?)\s*[:.]?$`,
  'i',
);

/** A heading of a front-matter page or of page chrome that is not an abstract (KATA PENGANTAR, DAFTAR ISI, ...). */
export function isOtherHeading(text: string): boolean {
  const bare = text
    .trim()
    .replace(/^[#*_\s]+|[*_\s]+$/g, '')
    .replace(/\s+(?:[ivxlc]{1,7}|\d{1,4})$/i, '');
  return bare.length <= 80 && OTHER_HEADING.test(bare);
}

// The labels of the identity form a thesis prints above its abstract ("Nama : ...", "Student Number: ...").
const FORM_FIELD = new RegExp(
  String.raw`^(?:nama(?:\s+mahasiswa)?|name|nim|npm|nrp|nirm|student\s+(?:number|id)|program\s+studi|prodi|study\s+program|` +
    String.raw`judul(?:\s+(?:skripsi|tesis|penelitian))?|title|(?:dosen\s+)?pembimbing(?:\s+[iv12]+)?|supervisors?|` +
    String.raw`fakultas|faculty|jurusan|departemen|department|konsentrasi|peminatan|tahun|year)\s*:`,
  'i',
);

export function isFormField(text: string): boolean {
  return FORM_FIELD.test(text.trim());
}

/**
 * Running prose: a paragraph of sentences, not a title, a name, a form line or a list. Long text counts even when
 * it ends mid-sentence (a capture cut off); a short one must end a sentence.
 */
export function isProse(text: string): boolean {
  const trimmed = text.trim();
  if (isFormField(trimmed) || isAllCaps(trimmed) || isPageNumber(trimmed)) return false;
  const words = wordCount(trimmed);
  if (words < 5) return false;
  if (words < 40 && looksLikeHeading(trimmed)) return false;
  return words >= 25 || (words >= 5 && endsSentence(trimmed));
}

/**
 * Prose strong enough to be an abstract nobody labelled: at least 40 words in two sentences or more, and mostly
 * words (the chrome of an aggregator page is long too, but is counters and buttons).
 */
export function isUnlabelledAbstractShape(text: string): boolean {
  if (!isProse(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 40) return false;
  const sentences = text.match(/\p{Ll}[.!?]\s+\p{Lu}/gu)?.length ?? 0;
  const wordy = tokens.filter((t) => /^[("'“]?\p{L}/u.test(t)).length;
  return sentences >= 1 && wordy / tokens.length >= 0.8;
}

/** Whether the text ends a sentence; an abstract that does not was cut off mid-sentence. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]*_]*$/.test(text.trim());
}
