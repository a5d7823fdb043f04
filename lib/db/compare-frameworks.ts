import type { FacetCount } from '../search/types';
import { getDb, type Db } from './client';
import { listFrameworkUses, type FrameworkUse } from './list-framework-uses';

/** One framework's column in the comparison: what the studies that use it studied, how, and what they found. */
export interface FrameworkColumn {
  key: string;
  uses: FrameworkUse[];
  organisations: FacetCount[];
  countries: FacetCount[];
  methods: FacetCount[];
  /** Distinct name stored at ingest for each key above, used when the vocabulary lacks the key. */
  names: Record<string, string>;
}

function countBy(values: string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export async function compareFrameworks(keys: string[], db: Db = getDb()): Promise<FrameworkColumn[]> {
  const uses = await listFrameworkUses(keys, db);
  return keys.map((key) => {
    const list = uses.get(key) ?? [];
    const names: Record<string, string> = {};
    for (const use of list) {
      for (const n of [...use.study.organisations, ...use.study.countries, ...use.methods])
        names[n.key] = n.name;
    }
    return {
      key,
      uses: list,
      organisations: countBy(list.flatMap((u) => u.study.organisations.map((o) => o.key))),
      countries: countBy(list.flatMap((u) => u.study.countries.map((c) => c.key))),
      methods: countBy(list.flatMap((u) => u.methods.map((m) => m.key))),
      names,
    };
  });
}
