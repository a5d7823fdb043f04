import { z } from 'zod';
import { LIST_LABELS } from '../reading-lists/labels';
import type { SharedReadingList } from '../reading-lists/types';
import type { CitationLanguage } from './cite';
import { formatApa } from './format-apa';
import { formatBibtex } from './format-bibtex';
import { formatCslJson } from './format-csl-json';
import { formatRis } from './format-ris';
import { listToCsl } from './list-to-csl';
import { renderApaHtml } from './render-apa-html';

export const EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json', 'apa-txt', 'apa-html'] as const;
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
  lang: z.enum(['en', 'id'], { error: 'lang must be "en" or "id"' }).optional(),
});
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

export const FILE_TYPES: Record<ExportFormat, { extension: string; contentType: string }> = {
  bibtex: { extension: 'bib', contentType: 'application/x-bibtex; charset=utf-8' },
  ris: { extension: 'ris', contentType: 'application/x-research-info-systems; charset=utf-8' },
  'csl-json': { extension: 'json', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  'apa-txt': { extension: 'txt', contentType: 'text/plain; charset=utf-8' },
  'apa-html': { extension: 'html', contentType: 'text/html; charset=utf-8' },
};

export function exportFilename(title: string, format: ExportFormat, fallback = 'reading-list'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `${slug || fallback}.${FILE_TYPES[format].extension}`;
}

/** A list as a downloadable file. APA uses the list's language unless `language` says otherwise. */
export function exportList(
  list: SharedReadingList,
  format: ExportFormat,
  options: { language?: CitationLanguage; baseUrl?: string | null } = {},
): ExportFile {
  const items = listToCsl(list, options.baseUrl ?? undefined);
  const language = options.language ?? list.language;
  const body =
    format === 'bibtex'
      ? formatBibtex(items)
      : format === 'ris'
        ? formatRis(items)
        : format === 'csl-json'
          ? formatCslJson(items)
          : format === 'apa-html'
            ? renderApaHtml(list, formatApa(items, { language, format: 'html' }), language)
            : renderApaText(list, items, language);
  return { body, contentType: FILE_TYPES[format].contentType, filename: exportFilename(list.title, format) };
}

function renderApaText(
  list: SharedReadingList,
  items: ReturnType<typeof listToCsl>,
  language: CitationLanguage,
) {
  const labels = LIST_LABELS[language];
  const apa = new Map(formatApa(items, { language, format: 'text' }).map((entry) => [entry.id, entry]));
  const out = [list.title];
  if (list.course) out.push(`${labels.course}: ${list.course}`);
  if (list.description) out.push('', list.description);
  for (const section of list.sections) {
    out.push('', section.title, '-'.repeat(Math.min(section.title.length, 72)));
    for (const item of section.items) {
      const entry = apa.get(item.studyId);
      out.push('', `[${labels.importance[item.importance]}] ${entry ? entry.reference : labels.missing}`);
      if (entry) out.push(`    ${labels.inText}: ${entry.inText}`);
      if (item.question) out.push(`    ${labels.question}: ${item.question}`);
      if (item.note) out.push(`    ${labels.note}: ${item.note}`);
    }
  }
  return `${out.join('\n')}\n`;
}
