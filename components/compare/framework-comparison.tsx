import Link from 'next/link';
import type { ReactNode } from 'react';
import { browseHref } from '@/app/browse/params';
import { QuoteBlock } from '@/components/ui/quote-block';
import type { FrameworkColumn } from '@/lib/db/compare-frameworks';
import { pickFinding } from '@/lib/db/study-findings';
import { facetValueLabel, formatPeriod } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import type { FacetCount } from '@/lib/search/types';
import { getFramework, getMethod } from '@/lib/vocabulary/lookup';
import { CompareTable } from './compare-table';

const LINK = 'text-teal-800 underline underline-offset-2 hover:text-teal-950';

/** Two to four frameworks side by side, one row per aspect, every study-derived value linked to its studies. */
export async function FrameworkComparison({ columns }: { columns: FrameworkColumn[] }) {
  const { t, locale } = await getI18n();
  const none = <span className="text-stone-600 italic">{t.common.notStated}</span>;
  const list = (items: ReactNode[]) =>
    items.length ? <ul className="flex flex-col gap-1">{items}</ul> : none;
  const counted = (column: FrameworkColumn, facet: 'organisation' | 'country', counts: FacetCount[]) =>
    list(
      counts.map(({ value, count }) => (
        <li key={value}>
          <Link href={browseHref({ framework: [column.key], [facet]: [value] })} className={LINK}>
            {facetValueLabel(facet, value, locale, column.names[value])}
          </Link>{' '}
          <span className="text-stone-600">({count})</span>
        </li>
      )),
    );
  const cells = (render: (column: FrameworkColumn) => ReactNode) => columns.map(render);
  const rows = [
    {
      key: 'origin',
      aspect: t.compare.origin,
      cells: cells((c) => {
        const f = getFramework(c.key);
        return f
          ? `${t.frameworks.family[f.family]}: ${f.keyAuthors.join(', ') || t.common.notStated}`
          : none;
      }),
    },
    {
      key: 'unit',
      aspect: t.compare.unitOfAnalysis,
      cells: cells((c) => getFramework(c.key)?.unitOfAnalysis[locale] ?? none),
    },
    {
      key: 'mechanisms',
      aspect: t.compare.mechanisms,
      cells: cells((c) => {
        const mechanisms = getFramework(c.key)?.mechanisms ?? [];
        if (!mechanisms.length) return <span className="text-stone-700">{t.frameworks.noMechanisms}</span>;
        return list(
          mechanisms.map((m) => {
            const naming = c.uses.filter((u) => u.mechanisms.includes(m.key)).length;
            return (
              // Mechanisms some study here names stand out from those only the vocabulary lists.
              <li key={m.key} className={naming ? 'font-medium text-stone-900' : 'text-stone-700'}>
                {m.name[locale]}
                {naming ? (
                  <span className="font-normal text-stone-600"> ({t.common.studies(naming)})</span>
                ) : null}
              </li>
            );
          }),
        );
      }),
    },
    {
      key: 'organisations',
      aspect: t.compare.organisations,
      cells: cells((c) => counted(c, 'organisation', c.organisations)),
    },
    {
      key: 'countries',
      aspect: t.compare.countries,
      cells: cells((c) => counted(c, 'country', c.countries)),
    },
    {
      key: 'periods',
      aspect: t.compare.periods,
      cells: cells((c) =>
        list(
          c.uses.map((u) => <li key={u.study.id}>{u.study.period ? formatPeriod(u.study.period) : none}</li>),
        ),
      ),
    },
    {
      key: 'methods',
      aspect: t.compare.methods,
      cells: cells((c) =>
        list(
          c.methods.map(({ value, count }) => (
            <li key={value}>
              {getMethod(value)?.name[locale] ?? c.names[value] ?? value} ({count})
            </li>
          )),
        ),
      ),
    },
    {
      key: 'findings',
      aspect: t.compare.findings,
      cells: cells((c) =>
        list(
          c.uses.flatMap((u) => {
            const finding = pickFinding(u.findings, locale);
            return finding
              ? [
                  <li key={u.study.id}>
                    <QuoteBlock
                      quote={finding}
                      studyId={u.study.id}
                      linkLabel={u.study.title}
                      lang={finding.language ?? undefined}
                    />
                  </li>,
                ]
              : [];
          }),
        ),
      ),
    },
    {
      key: 'studies',
      aspect: t.compare.studies,
      cells: cells((c) =>
        list(
          c.uses.map((u) => (
            <li key={u.study.id} lang={u.study.titleLanguage}>
              <Link href={`/studies/${u.study.id}`} className={LINK}>
                {u.study.title}
              </Link>
            </li>
          )),
        ),
      ),
    },
  ];
  return (
    <CompareTable
      label={t.compare.frameworksTitle}
      testId="framework-comparison"
      columns={columns.map((c) => ({
        key: c.key,
        header: (
          <Link href={`/frameworks/${c.key}`} className="text-teal-900 underline-offset-2 hover:underline">
            {facetValueLabel('framework', c.key, locale)}
          </Link>
        ),
      }))}
      rows={rows}
    />
  );
}
