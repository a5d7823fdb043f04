import type { Provenance } from '@/lib/ingest/types';

const STYLES: Record<Provenance['source'], string> = {
  extracted: 'bg-emerald-50 text-emerald-900 border-emerald-200',
  derived: 'bg-amber-50 text-amber-900 border-amber-300',
  curated: 'bg-sky-50 text-sky-900 border-sky-200',
};

function explain(p: Provenance): string {
  if (p.source === 'extracted') return `Extracted from the source text (characters ${p.start}–${p.end})`;
  if (p.source === 'derived') return `Derived from the ${p.from}; not stated in the source`;
  return `Set by a curator in ${p.file}`;
}

/** Says where a value came from: extracted from the text, derived by the ingest, or set by a curator. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance | undefined }) {
  if (!provenance) return null;
  return (
    <span
      title={explain(provenance)}
      data-provenance={provenance.source}
      className={`ml-2 inline-block rounded border px-1.5 text-xs font-normal ${STYLES[provenance.source]}`}
    >
      {provenance.source}
      <span className="sr-only">: {explain(provenance)}</span>
    </span>
  );
}
