import { getI18n } from '@/lib/i18n/get-i18n';
import type { Messages } from '@/lib/i18n/messages';
import type { Provenance } from '@/lib/ingest/types';

const STYLES: Record<Provenance['source'], string> = {
  extracted: 'bg-emerald-50 text-emerald-900 border-emerald-200',
  derived: 'bg-amber-50 text-amber-900 border-amber-300',
  curated: 'bg-sky-50 text-sky-900 border-sky-200',
};

function explain(p: Provenance, t: Messages['provenance']): string {
  if (p.source === 'extracted') return t.extractedHint(p.start, p.end);
  if (p.source === 'derived') return t.derivedHint(p.from);
  return t.curatedHint(p.file);
}

/**
 * Says where a value came from: extracted from the text, derived by the ingest, or set by a curator. A value read
 * from a PDF links to its page of the original (`original` is where the study's original is served).
 */
export async function ProvenanceBadge({
  provenance,
  original,
}: {
  provenance: Provenance | undefined;
  original?: string | null;
}) {
  if (!provenance) return null;
  const { t } = await getI18n();
  const page = provenance.source === 'extracted' ? provenance.page : undefined;
  return (
    <>
      <Badge provenance={provenance} t={t.provenance} />
      {page && original ? (
        <a
          href={`${original}#page=${page}`}
          title={t.provenance.pageHint(page)}
          data-testid="page-link"
          className="ml-1 text-xs font-normal text-teal-800 underline underline-offset-2 hover:text-teal-950"
        >
          {t.provenance.page(page)}
        </a>
      ) : null}
    </>
  );
}

function Badge({ provenance, t }: { provenance: Provenance; t: Messages['provenance'] }) {
  return (
    <span
      title={explain(provenance, t)}
      data-provenance={provenance.source}
      className={`ml-2 inline-block rounded border px-1.5 text-xs font-normal ${STYLES[provenance.source]}`}
    >
      {t[provenance.source]}
      <span className="sr-only">: {explain(provenance, t)}</span>
    </span>
  );
}
