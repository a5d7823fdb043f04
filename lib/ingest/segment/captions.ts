// Table and figure captions: "Tabel 1. ...", "Gambar 3. ...", "Grafik 1. ...", "Figure 2: ...".
import type { Caption } from '../types';
import type { Paragraph } from './paragraphs';

const CAPTION =
  /^(tabel|table|gambar|figure|fig\.|grafik|graph|chart|diagram|bagan|skema)\s+(\d+[a-z]?)\s*[.:\-–—]\s*/i;

export function parseCaption(p: Paragraph): Caption | null {
  const match = CAPTION.exec(p.text);
  if (!match) return null;
  const word = match[1] ?? '';
  const kind = /^tab/i.test(word) ? 'table' : 'figure';
  const label = `${word.charAt(0).toUpperCase()}${word.slice(1)} ${match[2] ?? ''}`;
  const text = p.text
    .slice(match[0].length)
    .replace(/\s*\.$/, '')
    .trim();
  return { kind, label, text, start: p.start, end: p.end };
}

export function findCaptions(paragraphs: Paragraph[]): Caption[] {
  return paragraphs.map(parseCaption).filter((c): c is Caption => c !== null);
}
