import Link from 'next/link';
import type { ReactNode } from 'react';
import { NotStated } from '@/components/ui/not-stated';
import type { Named, StudyDetail } from '@/lib/db/types';
import { facetValueLabel, formatPeriod, organisationFullName } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { Provenance } from '@/lib/ingest/types';
import { ProvenanceBadge } from './provenance-badge';

const LINK = 'text-teal-800 underline underline-offset-2 hover:text-teal-950';

function links(list: { href: string; label: string; key: string; open?: string }[]): ReactNode {
  if (!list.length) return <NotStated />;
  return list.map((item, i) => (
    <span key={item.key}>
      {i > 0 ? '; ' : null}
      <Link href={item.href} className={LINK}>
        {item.label}
      </Link>
      {item.open ? <span className="ml-1 text-xs text-stone-500">({item.open})</span> : null}
    </span>
  ));
}

function names(list: Named[]): ReactNode {
  return list.length ? (
    list.map((n) => (n.acronym ? `${n.name} (${n.acronym})` : n.name)).join('; ')
  ) : (
    <NotStated />
  );
}

/** The study's metadata as a definition list, each value with where it came from and a link to browse by it. */
export async function StudyFacts({ study }: { study: StudyDetail }) {
  const { t, locale } = await getI18n();
  const p = study.provenance;
  const lp = study.listProvenance;
  const decades = study.period ? `/browse/period/${Math.floor(study.period.from / 10) * 10}s` : null;
  const venue = study.venue
    ? [
        study.venue,
        study.volume && `${t.study.volume} ${study.volume}`,
        study.issue && `${t.study.issue} ${study.issue}`,
      ]
        .filter(Boolean)
        .join(', ')
    : null;
  const rows: [string, ReactNode, Provenance | undefined][] = [
    [
      t.study.kind,
      <Link key="k" href={`/browse/kind/${study.kind}`} className={LINK}>
        {facetValueLabel('kind', study.kind, locale)}
      </Link>,
      p.kind,
    ],
    [t.study.authors, study.authors.join(', ') || <NotStated key="a" />, lp.authors],
    ...(study.contributors.length
      ? [
          [
            t.study.contributors,
            study.contributors.map((c) => `${c.name} (${t.study.role[c.role] ?? c.role})`).join('; '),
            undefined,
          ] as [string, ReactNode, Provenance | undefined],
        ]
      : []),
    [t.study.affiliation, study.affiliation ?? <NotStated key="af" />, p.affiliation],
    [t.study.venue, venue ?? <NotStated key="v" />, p.venue],
    [
      t.study.year,
      study.year ? (
        <Link key="y" href={`/browse/year/${study.year}`} className={LINK}>
          {study.year}
        </Link>
      ) : (
        <NotStated key="y" />
      ),
      p.year,
    ],
    [
      t.study.organisations,
      links(
        study.organisations.map((o) => ({
          key: o.key,
          href: `/browse/organisation/${o.key}`,
          label: organisationFullName(o.key, locale, o.name),
          open: o.inVocabulary === false ? t.study.openTerm : undefined,
        })),
      ),
      lp.organisations,
    ],
    [t.study.actors, names(study.actors), lp.actors],
    [
      t.study.countries,
      links(
        study.countries.map((c) => ({
          key: c.key,
          href: `/browse/country/${c.key}`,
          label: facetValueLabel('country', c.key, locale, c.name),
        })),
      ),
      lp.countries,
    ],
    [
      t.study.period,
      study.period && decades ? (
        <Link key="p" href={decades} className={LINK}>
          {formatPeriod(study.period)}
        </Link>
      ) : (
        <NotStated key="p" />
      ),
      p.period,
    ],
    [
      t.study.frameworks,
      links(
        study.frameworks.map((f) => ({
          key: f.key,
          href: `/frameworks/${f.key}`,
          label: facetValueLabel('framework', f.key, locale, f.name),
          open: f.inVocabulary === false ? t.study.openTerm : undefined,
        })),
      ),
      undefined,
    ],
    [t.study.methods, names(study.methods), lp.methods],
    [
      t.study.languages,
      study.languages.map((l) => facetValueLabel('language', l, locale)).join(', '),
      undefined,
    ],
    [t.study.sourceFile, <code key="f">{study.sourceFile}</code>, undefined],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value, provenance]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-stone-600">{label}</dt>
          <dd>
            {value}
            <ProvenanceBadge provenance={provenance} original={study.original?.href} layout={study} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
