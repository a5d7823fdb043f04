import { Cite } from './cite';
import type { CslItem } from './csl-schema';

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS. citation-js maps CSL to RIS tags; we only write the records out. Its own text writer hard-wraps every value
 * at 70 characters and its reader (like Zotero's) re-joins the pieces with a space, so a long title came back as
 * "Tahun 2 017-2022"; RIS allows 255+ characters per line, so each value is written on one line, CRLF-terminated
 * as the RIS specification asks.
 */
export function formatRis(items: CslItem[]): string {
  if (!items.length) return '';
  const records = new Cite(items).format('ris', { format: 'object' }) as RisRecord[];
  const lines: string[] = [];
  for (const record of records) {
    lines.push(`TY  - ${record.TY}`);
    for (const [tag, value] of Object.entries(record)) {
      if (tag === 'TY') continue;
      for (const one of [value].flat()) lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ').trim()}`);
    }
    lines.push('ER  - ', '');
  }
  return lines.join('\r\n');
}
