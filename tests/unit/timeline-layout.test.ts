import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '@/components/timeline/timeline-layout';
import type { StudySummary } from '@/lib/db/types';

const study = (id: string, from: number, to: number): StudySummary => ({
  id,
  title: `Study ${id}`,
  titleLanguage: 'en',
  titleDerived: false,
  kind: 'thesis',
  languages: ['en'],
  year: to,
  authors: [],
  organisations: [{ key: 'iom', name: 'IOM' }],
  countries: [],
  frameworks: [],
  period: { from, to },
});

const studies = [study('a', 2000, 2004), study('b', 2010, 2022), study('c', 2017, 2024)];

describe('the narrow (stacked) timeline', () => {
  const layout = layoutTimeline(studies, 'organisation', { width: 340, stacked: true });

  it('keeps every bar and its period label inside a phone-wide drawing', () => {
    expect(layout).not.toBeNull();
    const rows = layout?.groups.flatMap((g) => g.rows) ?? [];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.x).toBeGreaterThanOrEqual(0);
      // The "2017–2024" label after the bar needs about 70 units.
      expect(row.x + row.width + 70).toBeLessThanOrEqual(340);
    }
    // The titles sit above the bars, so the years get nearly the whole width, not what a title column leaves.
    expect(layout?.plotLeft).toBeLessThan(20);
    expect(Math.max(...rows.map((r) => r.width))).toBeGreaterThan(100);
  });

  it('spaces its year labels so they do not overlap', () => {
    const xs = layout?.ticks.map((t) => t.x) ?? [];
    expect(xs.length).toBeGreaterThan(2);
    for (let i = 1; i < xs.length; i++) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(34);
  });

  it('leaves the wide timeline as it was: titles in a column on the left, a tick per five years', () => {
    const wide = layoutTimeline(studies, 'organisation');
    expect(wide?.stacked).toBe(false);
    expect(wide?.plotLeft).toBe(260);
    expect(wide?.ticks.map((t) => t.year)).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
  });
});
