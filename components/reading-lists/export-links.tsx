// Download links for a list's exports; plain links, so they work without JavaScript and from the students' page.
import type { ExportFormat } from '@/lib/citation/export-list';
import type { ListText } from './list-text';

const FORMATS: [ExportFormat, keyof ListText['exports']][] = [
  ['bibtex', 'bibtex'],
  ['ris', 'ris'],
  ['csl-json', 'cslJson'],
  ['apa-txt', 'apaTxt'],
  ['apa-html', 'apaHtml'],
];

/** Takes its text as a prop (plain strings) so it renders on the server page and inside the client editor alike. */
export function ExportLinks({ shareToken, text }: { shareToken: string; text: ListText['exports'] }) {
  const base = `/api/reading-lists/shared/${shareToken}/export`;
  return (
    <nav aria-label={text.nav} className="no-print">
      <p className="mb-1 text-sm font-medium text-stone-700">{text.heading}</p>
      <ul className="flex flex-wrap gap-2 text-sm">
        {FORMATS.map(([format, label]) => (
          <li key={format}>
            <a
              href={`${base}?format=${format}`}
              download
              className="inline-block rounded-md border border-stone-300 bg-white px-2.5 py-1 text-teal-900 hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
            >
              {text[label]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
