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

/** Says where a value came from: extracted from the text, derived by the ingest, or set by a curator. */
export async function ProvenanceBadge({ provenance }: { provenance: Provenance | undefined }) {
  if (!provenance) return null;
  const { t } = await getI18n();
  return (
    <span
      title={explain(provenance, t.provenance)}
      data-provenance={provenance.source}
      className={`ml-2 inline-block rounded border px-1.5 text-xs font-normal ${STYLES[provenance.source]}`}
    >
      {t.provenance[provenance.source]}
      <span className="sr-only">: {explain(provenance, t.provenance)}</span>
    </span>
  );
}
