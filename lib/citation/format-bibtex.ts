import { Cite } from './cite';
import type { CslItem } from './csl-schema';
import { THESIS_GENRES } from './study-to-csl';

/**
 * Classic BibTeX has no @thesis (that is biblatex's): citation-js writes @mastersthesis only for the genre
 * "Master's thesis" and @misc for the others, which Zotero and every BibTeX style take for an unpublished
 * document. So a doctoral dissertation becomes @phdthesis and any other thesis @mastersthesis, whose `type` field
 * ("Undergraduate thesis", "Thesis") replaces the printed "Master's thesis" in BibTeX styles and Zotero alike.
 */
function thesisEntryType(item: CslItem): string | null {
  if (item.type !== 'thesis') return null;
  return item.genre === THESIS_GENRES.doctoral ? 'phdthesis' : 'mastersthesis';
}

/**
 * BibTeX, written by citation-js (keys like "Devi2024Peran", capitals protected with braces), one item at a time
 * so each entry's type can be set; two items that would share a key get "b", "c", ... as BibTeX keys must differ.
 */
export function formatBibtex(items: CslItem[]): string {
  const seen = new Map<string, number>();
  return items
    .map((item) => {
      const entry = String(new Cite([item]).format('bibtex', { format: 'text' }));
      return entry.replace(/^@(\w+)\{([^,]*),/, (_, type: string, key: string) => {
        const count = seen.get(key) ?? 0;
        seen.set(key, count + 1);
        const unique = count ? `${key}${String.fromCharCode(97 + Math.min(count, 25))}` : key;
        return `@${thesisEntryType(item) ?? type}{${unique},`;
      });
    })
    .join('');
}
