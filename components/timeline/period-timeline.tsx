import type { StudySummary } from '@/lib/db/types';
import { facetValueLabel, formatPeriod } from '@/lib/i18n/facet-labels';
import { getI18n } from '@/lib/i18n/get-i18n';
import {
  layoutTimeline,
  ROW,
  shortTitle,
  type TimelineGroupBy,
  type TimelineLayout,
} from './timeline-layout';

/**
 * The studied periods as an SVG of bars. Each bar is an SVG link: Tab reaches it, Enter opens the study, and its
 * accessible name says the title and the years; the table below says the same for those who prefer a table.
 */
export async function PeriodTimeline({
  studies,
  groupBy,
}: {
  studies: StudySummary[];
  groupBy: TimelineGroupBy;
}) {
  const { t, locale } = await getI18n();
  const wide = layoutTimeline(studies, groupBy);
  // 340 units fit a 390 px phone beside the page's margins; the stacked layout gives the bars that whole width.
  const narrow = layoutTimeline(studies, groupBy, { width: 340, stacked: true });
  if (!wide || !narrow) return <p className="text-stone-700">{t.timeline.noDated}</p>;
  const groupLabel = (key: string | null) =>
    key === null ? t.timeline.ungrouped : facetValueLabel(groupBy, key, locale);
  const title = t.timeline.chart(t.facets[groupBy]);
  const barLabel = t.timeline.bar;
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white md:hidden">
        <TimelineSvg layout={narrow} id="timeline-narrow" {...{ title, groupLabel, barLabel }} />
      </div>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
        <TimelineSvg layout={wide} id="timeline" {...{ title, groupLabel, barLabel }} />
      </div>
    </>
  );
}

/** One drawing of the timeline; the page has a wide one and a narrow one and shows the one that fits. */
function TimelineSvg({
  layout,
  id,
  title,
  groupLabel,
  barLabel,
}: {
  layout: TimelineLayout;
  id: string;
  title: string;
  groupLabel: (key: string | null) => string;
  barLabel: (title: string, from: number, to: number) => string;
}) {
  const { stacked, rowHeight } = layout;
  const barY = stacked ? 21 : 5;
  const titleId = `${id}-title`;
  return (
    <svg
      role="group"
      aria-labelledby={titleId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={stacked ? '100%' : layout.width}
      height={stacked ? undefined : layout.height}
      className={stacked ? 'block' : 'block max-w-none'}
      data-testid={id}
    >
      <title id={titleId}>{title}</title>
      <g aria-hidden="true">
        {layout.ticks.map((tick) => (
          <g key={tick.year}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.axisY + 4}
              y2={layout.height - 4}
              className="stroke-stone-200"
            />
            <text x={tick.x} y={layout.axisY} textAnchor="middle" className="fill-stone-700 text-[11px]">
              {tick.year}
            </text>
          </g>
        ))}
      </g>
      {layout.groups.map((group) => (
        <g key={group.key ?? 'none'}>
          <text x={8} y={group.y} className="fill-stone-900 font-serif text-[14px] font-semibold">
            {groupLabel(group.key)}
          </text>
          {group.rows.map((row) => {
            const label = barLabel(row.study.title, row.from, row.to);
            return (
              <a
                key={row.study.id}
                href={`/studies/${row.study.id}`}
                aria-label={label}
                className="group focus:outline-none"
                data-testid={`${id}-bar`}
                data-period={`${row.from}-${row.to}`}
              >
                <title>{label}</title>
                <rect
                  x={0}
                  y={row.y}
                  width={layout.width}
                  height={rowHeight}
                  className="fill-transparent group-hover:fill-teal-50 group-focus-visible:fill-amber-50"
                />
                <text
                  x={stacked ? layout.plotLeft : 16}
                  y={stacked ? row.y + 13 : row.y + ROW / 2 + 4}
                  className="fill-teal-900 text-[12px] group-hover:underline group-focus-visible:underline"
                  lang={row.study.titleLanguage}
                >
                  {shortTitle(row.study.title, stacked ? 52 : 40)}
                </text>
                <rect
                  x={row.x}
                  y={row.y + barY}
                  width={row.width}
                  height={ROW - 10}
                  rx={3}
                  className="fill-teal-700 group-hover:fill-teal-900 group-focus-visible:fill-teal-900 group-focus-visible:stroke-amber-500 group-focus-visible:[stroke-width:3]"
                />
                <text
                  x={row.x + row.width + 6}
                  y={row.y + barY + (ROW - 10) / 2 + 4}
                  className="fill-stone-800 text-[11px]"
                >
                  {formatPeriod({ from: row.from, to: row.to })}
                </text>
              </a>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
