import type { FacetCount, FacetKey } from '../search/types';
import { getDb, type Db } from './client';
import { studyWhere, type StudyFilters } from './study-filters';

function decade(year: number): string {
  return `${Math.floor(year / 10) * 10}s`;
}

function tally(values: Iterable<string>, into = new Map<string, number>()): Map<string, number> {
  for (const value of values) into.set(value, (into.get(value) ?? 0) + 1);
  return into;
}

/** Most studies first; years and decades newest first, as in the search page's facets. */
function sorted(counts: Map<string, number>, facet: FacetKey): FacetCount[] {
  const list = [...counts].map(([value, count]) => ({ value, count }));
  const chronological = facet === 'year' || facet === 'period';
  return list.sort((a, b) =>
    chronological ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value),
  );
}

/** The values of one facet among the studies that match `filters`, each with its number of studies. */
export async function countFacetValues(
  facet: FacetKey,
  filters: StudyFilters = {},
  db: Db = getDb(),
): Promise<FacetCount[]> {
  const study = studyWhere(filters);
  const byKey = (rows: { key: string; studyId: string }[]) => {
    // Count studies, not rows: a study that names a key twice still counts once.
    const seen = new Set(rows.map((r) => `${r.key}\u0000${r.studyId}`));
    return tally([...seen].map((pair) => pair.split('\u0000')[0] ?? ''));
  };
  switch (facet) {
    case 'organisation':
      return sorted(
        byKey(
          await db.studyOrganisation.findMany({
            where: { role: 'subject', study },
            select: { key: true, studyId: true },
          }),
        ),
        facet,
      );
    case 'country':
      return sorted(
        byKey(await db.studyCountry.findMany({ where: { study }, select: { key: true, studyId: true } })),
        facet,
      );
    case 'framework':
      return sorted(
        byKey(await db.studyFramework.findMany({ where: { study }, select: { key: true, studyId: true } })),
        facet,
      );
    case 'kind': {
      const rows = await db.study.groupBy({ by: ['kind'], where: study, _count: { _all: true } });
      return sorted(new Map(rows.map((r) => [r.kind, r._count._all])), facet);
    }
    case 'year': {
      const rows = await db.study.groupBy({
        by: ['year'],
        where: { AND: [study, { year: { not: null } }] },
        _count: { _all: true },
      });
      return sorted(new Map(rows.map((r) => [String(r.year), r._count._all])), facet);
    }
    case 'language': {
      const rows = await db.study.findMany({ where: study, select: { languages: true } });
      return sorted(tally(rows.flatMap((r) => (r.languages ? r.languages.split(',') : []))), facet);
    }
    case 'period': {
      const rows = await db.study.findMany({
        where: { AND: [study, { periodFrom: { not: null } }, { periodTo: { not: null } }] },
        select: { periodFrom: true, periodTo: true },
      });
      const decades = rows.flatMap(({ periodFrom, periodTo }) => {
        if (periodFrom === null || periodTo === null) return [];
        const from = Math.min(periodFrom, periodTo);
        const to = Math.max(periodFrom, periodTo);
        const out: string[] = [];
        for (let y = Math.floor(from / 10) * 10; y <= to; y += 10) out.push(decade(y));
        return out;
      });
      return sorted(tally(decades), facet);
    }
  }
}
