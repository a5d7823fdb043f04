import { placeOf, type DocumentLayout, type Place } from '@/lib/db/provenance-place';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { Messages } from '@/lib/i18n/messages';
import type { Provenance } from '@/lib/ingest/types';

const STYLES: Record<Provenance['source'], string> = {
  extracted: 'bg-emerald-50 text-emerald-900 border-emerald-200',
  derived: 'bg-amber-50 text-amber-900 border-amber-300',
  curated: 'bg-sky-50 text-sky-900 border-sky-200',
  harvested: 'bg-violet-50 text-violet-900 border-violet-200',
};

function placeName(place: Place | null, t: Messages['provenanceText']): string {
  switch (place?.zone) {
    case 'title':
      return t.title;
    case 'abstract-id':
      return t.abstractId;
    case 'abstract-en':
      return t.abstractEn;
    case 'section':
      return t.section(place.heading);
    case 'front-matter':
      return t.frontMatter;
    case 'text':
      return t.text;
    default:
      return t.sourceText;
  }
}

/** Where the value came from, in words: "from the English abstract", "worked out from the abstract; ...". */
function explain(p: Provenance, layout: DocumentLayout | undefined, t: Messages['provenanceText']): string {
  if (p.source === 'extracted') return t.from(placeName(layout ? placeOf(p, layout) : null, t));
  if (p.source === 'derived') return t.derivedFrom(t.derivedSources[p.from] ?? p.from);
  if (p.source === 'harvested') return t.harvestedFrom(p.from, p.identifier);
  return t.curatedIn(p.file);
}

/**
 * Says where a value came from: extracted from the text (and from which part of it), derived by the ingest, or
 * set by a curator. The explanation is visible text, not a hover title, so touch and keyboard users read it too.
 * A value read from a PDF links to its page of the original (`original` is where the study's original is served).
 * `layout` (the study's provenance and sections) lets the text name the part; without it, "the source text".
 */
export async function ProvenanceBadge({
  provenance,
  original,
  layout,
}: {
  provenance: Provenance | undefined;
  original?: string | null;
  layout?: DocumentLayout;
}) {
  if (!provenance) return null;
  const { t } = await getI18n();
  const page = provenance.source === 'extracted' ? provenance.page : undefined;
  return (
    <span className="ml-2 inline text-xs font-normal" data-testid="provenance">
      <span
        data-provenance={provenance.source}
        className={`inline-block rounded border px-1.5 ${STYLES[provenance.source]}`}
      >
        {t.provenance[provenance.source]}
      </span>{' '}
      <span className="text-stone-600">{explain(provenance, layout, t.provenanceText)}</span>
      {page ? (
        <>
          {', '}
          {original ? (
            <a
              href={`${original}#page=${page}`}
              data-testid="page-link"
              className="text-teal-800 underline underline-offset-2 hover:text-teal-950"
            >
              {t.provenanceText.page(page)}
              <span className="sr-only"> ({t.provenance.pageHint(page)})</span>
            </a>
          ) : (
            <span className="text-stone-600">{t.provenanceText.page(page)}</span>
          )}
        </>
      ) : null}
    </span>
  );
}
