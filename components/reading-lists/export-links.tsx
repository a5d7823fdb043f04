// Download links for a list's exports; plain links, so they work without JavaScript and from the students' page.
const FORMATS = [
  { format: 'bibtex', label: 'BibTeX (.bib)' },
  { format: 'ris', label: 'RIS (.ris)' },
  { format: 'csl-json', label: 'CSL-JSON (.json)' },
  { format: 'apa-txt', label: 'APA, text (.txt)' },
  { format: 'apa-html', label: 'APA, web page (.html)' },
] as const;

export function ExportLinks({ shareToken }: { shareToken: string }) {
  const base = `/api/reading-lists/shared/${shareToken}/export`;
  return (
    <nav aria-label="Export the list" className="no-print">
      <p className="mb-1 text-sm font-medium text-stone-700">Export for a reference manager</p>
      <ul className="flex flex-wrap gap-2 text-sm">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a
              href={`${base}?format=${format}`}
              download
              className="inline-block rounded-md border border-stone-300 bg-white px-2.5 py-1 text-teal-900 hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
