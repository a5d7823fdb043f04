import { getDb, type Db } from './client';

export type MatrixAxis = 'organisation' | 'country';

/** Studies per framework and organisation (or country): rows are frameworks, columns the other facet's values. */
export interface FrameworkMatrix {
  frameworks: string[];
  values: string[];
  names: Record<string, string>;
  /** counts[framework][value]: number of studies; a missing entry means none. */
  counts: Record<string, Record<string, number>>;
}

/** The matrix over the given frameworks, or over every framework some study uses when `keys` is empty. */
export async function countFrameworkMatrix(
  axis: MatrixAxis,
  keys: string[] = [],
  db: Db = getDb(),
): Promise<FrameworkMatrix> {
  const rows = await db.study.findMany({
    where: { frameworks: { some: keys.length ? { key: { in: keys } } : {} } },
    select: {
      frameworks: { select: { key: true, name: true } },
      organisations: { where: { role: 'subject' }, select: { key: true, name: true } },
      countries: { select: { key: true, name: true } },
    },
  });
  const counts: FrameworkMatrix['counts'] = {};
  const names: Record<string, string> = {};
  const totals = new Map<string, number>();
  for (const row of rows) {
    const values = new Map(
      (axis === 'organisation' ? row.organisations : row.countries).map((v) => [v.key, v.name]),
    );
    const frameworks = new Set(
      row.frameworks.filter((f) => !keys.length || keys.includes(f.key)).map((f) => f.key),
    );
    for (const f of row.frameworks) names[f.key] = f.name;
    for (const [value, name] of values) {
      names[value] = name;
      totals.set(value, (totals.get(value) ?? 0) + 1);
      for (const framework of frameworks) {
        const line = (counts[framework] ??= {});
        line[value] = (line[value] ?? 0) + 1;
      }
    }
    for (const framework of frameworks) counts[framework] ??= {};
  }
  const frameworks = keys.length ? keys : Object.keys(counts).sort();
  const values = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => value);
  return { frameworks, values, names, counts };
}
