import { Cite } from './cite';
import type { CslItem } from './csl-schema';

/** BibTeX, written by citation-js (keys like "Devi2024Peran", capitals protected with braces). */
export function formatBibtex(items: CslItem[]): string {
  if (!items.length) return '';
  return String(new Cite(items).format('bibtex', { format: 'text' }));
}
