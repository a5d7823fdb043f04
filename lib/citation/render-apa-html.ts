import { LIST_LABELS } from '../reading-lists/labels';
import type { SharedReadingList } from '../reading-lists/types';
import type { CitationLanguage } from './cite';
import type { ApaEntry } from './format-apa';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A standalone HTML page of the list: the lecturer's text escaped here, references as citeproc escaped them. */
export function renderApaHtml(
  list: SharedReadingList,
  entries: ApaEntry[],
  language: CitationLanguage,
): string {
  const labels = LIST_LABELS[language];
  const apa = new Map(entries.map((entry) => [entry.id, entry]));
  const sections = list.sections.map((section) => {
    const items = section.items.map((item) => {
      const entry = apa.get(item.studyId);
      const lines = [
        `<p class="ref"><span class="tag">${escapeHtml(labels.importance[item.importance])}</span> ${
          entry ? entry.reference : escapeHtml(labels.missing)
        }</p>`,
      ];
      if (item.question)
        lines.push(`<p><strong>${escapeHtml(labels.question)}:</strong> ${escapeHtml(item.question)}</p>`);
      if (item.note)
        lines.push(`<p><strong>${escapeHtml(labels.note)}:</strong> ${escapeHtml(item.note)}</p>`);
      return `<li>${lines.join('\n')}</li>`;
    });
    return `<section><h2>${escapeHtml(section.title)}</h2>\n<ol>\n${items.join('\n')}\n</ol></section>`;
  });
  const course = list.course ? `<p>${escapeHtml(labels.course)}: ${escapeHtml(list.course)}</p>` : '';
  const description = list.description ? `<p>${escapeHtml(list.description)}</p>` : '';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(list.title)}</title>
<style>
@page { size: A4; margin: 2cm; }
body { font-family: Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; line-height: 1.5; }
.ref { padding-left: 2em; text-indent: -2em; }
.tag { font-family: sans-serif; font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.05em; }
ol { list-style: none; padding: 0; } li { margin-bottom: 1em; }
</style>
</head>
<body>
<h1>${escapeHtml(list.title)}</h1>
${course}
${description}
${sections.join('\n')}
</body>
</html>
`;
}
