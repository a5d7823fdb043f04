// Geometry of the period timeline, kept apart from the SVG so it stays a small pure function.
import type { StudySummary } from '@/lib/db/types';

export type TimelineGroupBy = 'organisation' | 'country';

export interface TimelineRow {
  study: StudySummary;
  from: number;
  to: number;
  y: number;
  x: number;
  width: number;
}

export interface TimelineGroup {
  key: string | null; // null: the study names no organisation (or country)
  y: number;
  rows: TimelineRow[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: { year: number; x: number }[];
  groups: TimelineGroup[];
  /** Stacked: each study's title on its own line above its bar, so the bars can use the whole width. */
  stacked: boolean;
  rowHeight: number;
}

export const ROW = 28;
const GROUP_HEADING = 30;
const AXIS = 34;
/** The title line above a bar in the stacked layout. */
const TITLE_LINE = 16;
/** Year labels closer than this would overlap. */
const MIN_TICK_GAP = 34;

function tickStep(span: number): number {
  if (span <= 16) return 1;
  if (span <= 40) return 5;
  return 10;
}

/** Lays dated studies out as bars: one band per organisation (or country), one row per study, years along x. */
export function layoutTimeline(
  studies: StudySummary[],
  groupBy: TimelineGroupBy,
  options: { width?: number; labelWidth?: number; stacked?: boolean } = {},
): TimelineLayout | null {
  const dated = studies.filter(
    (s): s is StudySummary & { period: { from: number; to: number } } => s.period !== null,
  );
  if (!dated.length) return null;
  const width = options.width ?? 760;
  const stacked = options.stacked ?? false;
  const rowHeight = stacked ? ROW + TITLE_LINE : ROW;
  const plotLeft = stacked ? 8 : (options.labelWidth ?? 260);
  // Room on the right for the "2023–2024" label that follows the last bar.
  const plotRight = width - 76;
  const first = Math.min(...dated.map((s) => Math.min(s.period.from, s.period.to)));
  // The axis runs to the end of the last year: a bar covers whole years, 2023-2024 spans two.
  const last = Math.max(...dated.map((s) => Math.max(s.period.from, s.period.to))) + 1;
  const start = first - 1;
  const end = last + 1;
  const x = (year: number) => plotLeft + ((year - start) / (end - start)) * (plotRight - plotLeft);

  const byKey = new Map<string | null, typeof dated>();
  for (const study of dated) {
    const keys = (groupBy === 'organisation' ? study.organisations : study.countries).map((n) => n.key);
    for (const key of keys.length ? keys : [null]) byKey.set(key, [...(byKey.get(key) ?? []), study]);
  }
  // Named groups alphabetically by key, the "not stated" group last.
  const ordered = [...byKey].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));

  let y = AXIS;
  const groups: TimelineGroup[] = ordered.map(([key, members]) => {
    const group: TimelineGroup = { key, y: y + GROUP_HEADING - 10, rows: [] };
    y += GROUP_HEADING;
    const sorted = [...members].sort(
      (a, b) => a.period.from - b.period.from || a.period.to - b.period.to || a.id.localeCompare(b.id),
    );
    for (const study of sorted) {
      const from = Math.min(study.period.from, study.period.to);
      const to = Math.max(study.period.from, study.period.to);
      group.rows.push({ study, from, to, y, x: x(from), width: Math.max(x(to + 1) - x(from), 6) });
      y += rowHeight;
    }
    return group;
  });
  // Only the stacked (narrow) layout thins its ticks: the wide one keeps the years it always showed.
  const perYear = (plotRight - plotLeft) / (end - start);
  const step =
    [1, 2, 5, 10, 20, 50].find(
      (s) => s >= tickStep(end - start) && (!stacked || perYear * s >= MIN_TICK_GAP),
    ) ?? 100;
  const ticks: TimelineLayout['ticks'] = [];
  for (let year = Math.ceil(start / step) * step; year <= end; year += step) ticks.push({ year, x: x(year) });
  return { width, height: y + 8, plotLeft, plotRight, axisY: AXIS - 8, ticks, groups, stacked, rowHeight };
}

/** A title cut to fit the label column; the full title stays in the link's accessible name. */
export function shortTitle(title: string, max = 40): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
