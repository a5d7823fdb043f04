import type { ReactNode } from 'react';
import type { Named, StudyDetail } from '@/lib/db/types';
import { kindLabel } from '@/lib/facets/labels';
import type { Provenance } from '@/lib/ingest/types';
import { ProvenanceBadge } from './provenance-badge';

const NOT_STATED = <span className="text-stone-500 italic">not stated</span>;

function names(list: Named[]): ReactNode {
  return list.length ? list.map((n) => (n.acronym ? `${n.name} (${n.acronym})` : n.name)).join('; ') : NOT_STATED;
}

/** The study's metadata as a definition list, each value with where it came from. */
export function StudyFacts({ study }: { study: StudyDetail }) {
  const p = study.provenance;
  const rows: [string, ReactNode, Provenance | undefined][] = [
    ['Kind', kindLabel(study.kind), p.kind],
    ['Authors', study.authors.join(', ') || NOT_STATED, undefined],
    ['Affiliation', study.affiliation ?? NOT_STATED, p.affiliation],
    ['Venue', study.venue ? [study.venue, study.volume && `Vol. ${study.volume}`, study.issue && `No. ${study.issue}`].filter(Boolean).join(', ') : NOT_STATED, p.venue],
    ['Year', study.year ?? NOT_STATED, p.year],
    ['Organisations studied', names(study.organisations), undefined],
    ['Other actors named', names(study.actors), undefined],
    ['Countries', names(study.countries), undefined],
    ['Period studied', study.period ? `${study.period.from}–${study.period.to}` : NOT_STATED, p.period],
    ['Frameworks', names(study.frameworks), undefined],
    ['Methods', names(study.methods), undefined],
    ['Languages', study.languages.map((l) => (l === 'id' ? 'Indonesian' : 'English')).join(', '), undefined],
    ['Source file', <code key="f">{study.sourceFile}</code>, undefined],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value, provenance]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-stone-600">{label}</dt>
          <dd>
            {value}
            <ProvenanceBadge provenance={provenance} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
