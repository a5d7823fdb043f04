import Link from 'next/link';
import { AddToListButton } from '@/components/reading-lists/add-to-list-button';
import type { ReactNode } from 'react';
import { ProvenanceBadge } from '@/components/study/provenance-badge';
import { QuoteBlock } from '@/components/ui/quote-block';
import type { ComparedValue, StudyColumn } from '@/lib/db/compare-studies';
import { pickFinding } from '@/lib/db/study-findings';
import { facetValueLabel, mechanismLabel, organisationFullName } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import { getMethod } from '@/lib/vocabulary/lookup';
import { CompareTable } from './compare-table';

const LINK = 'text-teal-800 underline underline-offset-2 hover:text-teal-950';
type Aspect = Exclude<keyof StudyColumn, 'study' | 'findings'>;
const SHOWN_VALUES = 3;

/** Two to four studies side by side; every value carries its provenance and the sentence it was read from. */
export async function StudyComparison({ columns }: { columns: StudyColumn[] }) {
  const { t, locale } = await getI18n();
  const none = <span className="text-stone-600 italic">{t.common.notStated}</span>;

  const label = (aspect: Aspect, v: ComparedValue): ReactNode => {
    if (!v.key) return v.text;
    switch (aspect) {
      case 'kind':
        return facetValueLabel('kind', v.key, locale);
      case 'organisations':
        return (
          <Link href={`/browse/organisation/${v.key}`} className={LINK}>
            {organisationFullName(v.key, locale, v.text)}
          </Link>
        );
      case 'countries':
        return (
          <Link href={`/browse/country/${v.key}`} className={LINK}>
            {facetValueLabel('country', v.key, locale, v.text)}
          </Link>
        );
      case 'frameworks':
        return (
          <Link href={`/frameworks/${v.key}`} className={LINK}>
            {facetValueLabel('framework', v.key, locale, v.text)}
          </Link>
        );
      case 'methods':
        return getMethod(v.key)?.name[locale] ?? v.text;
      default:
        return v.text;
    }
  };

  // Values read from one sentence (three methods from one "this study uses ..." sentence) show it once, under the
  // last of them (or the last before "Show more").
  const item = (aspect: Aspect, column: StudyColumn, v: ComparedValue, i: number) => (
    <li key={`${v.key ?? v.text}-${i}`} data-testid={`cell-${aspect}`}>
      <span className="font-medium">{label(aspect, v)}</span>
      {v.provenance ? <ProvenanceBadge provenance={v.provenance} /> : null}
      {v.mechanisms?.length && v.key ? (
        <span className="block text-xs text-stone-700">
          {v.mechanisms.map((m) => mechanismLabel(v.key ?? '', m, locale)).join(', ')}
        </span>
      ) : null}
      {v.quote && (i + 1 === SHOWN_VALUES || v.quote.text !== column[aspect][i + 1]?.quote?.text) ? (
        <div className="mt-1 text-xs">
          <QuoteBlock quote={v.quote} studyId={column.study.id} linkLabel={t.compare.source} />
        </div>
      ) : null}
    </li>
  );

  // A study can have a dozen key figures, each with its sentence: past the first few they wait behind a
  // disclosure, so one long aspect does not make the comparison (or a phone's card) thousands of pixels long.
  const cell = (aspect: Aspect, column: StudyColumn): ReactNode => {
    const values = column[aspect];
    if (!values.length) return none;
    const shown = values.slice(0, SHOWN_VALUES);
    const rest = values.slice(SHOWN_VALUES);
    return (
      <>
        <ul className="flex flex-col gap-2">{shown.map((v, i) => item(aspect, column, v, i))}</ul>
        {rest.length ? (
          <details className="mt-2">
            <summary className="cursor-pointer text-teal-900 underline underline-offset-2">
              {t.layout.moreValues(rest.length)}
            </summary>
            <ul className="mt-2 flex flex-col gap-2">
              {rest.map((v, i) => item(aspect, column, v, i + SHOWN_VALUES))}
            </ul>
          </details>
        ) : null}
      </>
    );
  };

  const aspects: [Aspect, string][] = [
    ['kind', t.compare.kind],
    ['authors', t.compare.authors],
    ['venueYear', t.compare.venueYear],
    ['organisations', t.compare.organisation],
    ['countries', t.compare.country],
    ['period', t.compare.period],
    ['frameworks', t.compare.frameworks],
    ['methods', t.compare.method],
    ['figures', t.compare.keyFigures],
  ];
  const rows: { key: string; aspect: string; cells: ReactNode[] }[] = aspects.map(([aspect, name]) => ({
    key: aspect,
    aspect: name,
    cells: columns.map((c) => cell(aspect, c)),
  }));
  rows.push({
    key: 'findings',
    aspect: t.compare.findings,
    cells: columns.map((c) => {
      const finding = pickFinding(c.findings, locale);
      return finding ? (
        <QuoteBlock
          quote={finding}
          studyId={c.study.id}
          linkLabel={t.compare.source}
          lang={finding.language ?? undefined}
        />
      ) : (
        none
      );
    }),
  });
  return (
    <CompareTable
      label={t.compare.studiesTitle}
      testId="study-comparison"
      columns={columns.map((c) => ({
        key: c.study.id,
        header: (
          <>
            <Link
              href={`/studies/${c.study.id}`}
              lang={c.study.titleLanguage}
              className="text-teal-900 underline-offset-2 hover:underline"
            >
              {c.study.title}
            </Link>
            <div className="mt-2 font-normal">
              <AddToListButton studyId={c.study.id} title={c.study.title} />
            </div>
          </>
        ),
      }))}
      rows={rows}
    />
  );
}
