import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFrameworks } from '@/lib/db/compare-frameworks';
import { compareStudies } from '@/lib/db/compare-studies';
import { countFacetValues } from '@/lib/db/count-facet-values';
import { countFrameworkMatrix } from '@/lib/db/count-framework-matrix';
import { listFrameworkUses } from '@/lib/db/list-framework-uses';
import { listStudies } from '@/lib/db/list-studies';
import { makeSeededDb } from '../helpers/seed-browse-studies';

const prefixes = (ids: { id: string }[]) => ids.map((s) => s.id.slice(0, 3)).sort();

describe('browsing and comparing studies in a seeded SQLite store', () => {
  let seeded: Awaited<ReturnType<typeof makeSeededDb>>;
  beforeAll(async () => {
    seeded = await makeSeededDb();
  });
  afterAll(() => seeded.cleanup());

  it('counts studies per organisation, country, framework, decade and kind', async () => {
    const { db } = seeded;
    expect(await countFacetValues('organisation', {}, db)).toEqual([
      { value: 'ijm', count: 2 },
      { value: 'iom', count: 2 },
    ]);
    expect(await countFacetValues('country', { organisation: ['iom'] }, db)).toEqual([
      { value: 'id', count: 2 },
    ]);
    expect(await countFacetValues('period', {}, db)).toEqual([
      { value: '2020s', count: 2 },
      { value: '2010s', count: 2 },
    ]);
    expect(await countFacetValues('kind', {}, db)).toHaveLength(2);
    expect(await countFacetValues('year', {}, db)).toEqual([{ value: '2024', count: 1 }]);
    expect(await countFacetValues('language', {}, db)).toEqual([
      { value: 'en', count: 4 },
      { value: 'id', count: 4 },
    ]);
  });

  it('lists the studies of one value and of combined values', async () => {
    const { db } = seeded;
    expect(prefixes((await listStudies({ organisation: ['iom'] }, undefined, db)).studies)).toEqual([
      '003',
      '004',
    ]);
    expect(
      prefixes((await listStudies({ organisation: ['iom'], period: ['2023'] }, undefined, db)).studies),
    ).toEqual(['003']);
    expect(
      prefixes((await listStudies({ country: ['ph'], framework: ['cso-roles'] }, undefined, db)).studies),
    ).toEqual(['001']);
    expect((await listStudies({ organisation: ['ijm'], country: ['id'] }, undefined, db)).total).toBe(0);
    const page = await listStudies({}, { page: 2, size: 3 }, db);
    expect(page.total).toBe(4);
    expect(page.studies).toHaveLength(1);
  });

  it('lists each framework use with its quote, mechanisms and the place in the study page', async () => {
    const uses = await listFrameworkUses(['transnational-advocacy-networks'], seeded.db);
    const [tan] = uses.get('transnational-advocacy-networks') ?? [];
    expect(tan?.study.id).toBe('000_ca4bf7d1b30f51f4');
    expect(tan?.quote?.text).toMatch(/Transnational Advocacy Networks \(TAN\)/);
    expect(tan?.quote?.anchor).toBe('abstract-en');
    expect(tan?.mechanisms).toContain('influence-policy-change');
  });

  it('compares frameworks with the organisations, countries and findings of their studies', async () => {
    const columns = await compareFrameworks(
      ['transnational-advocacy-networks', 'cso-roles', 'archer-roles'],
      seeded.db,
    );
    expect(columns.map((c) => c.organisations.map((o) => o.value))).toEqual([['ijm'], ['ijm'], ['iom']]);
    const cso = columns[1];
    expect(cso?.uses[0]?.findings[0]).toMatchObject({ anchor: 'section-2' });
    expect(cso?.uses[0]?.findings[0]?.text).toMatch(/^IJM berperan sebagai educator/);
    const matrix = await countFrameworkMatrix('organisation', [], seeded.db);
    expect(matrix.counts['archer-roles']).toEqual({ iom: 1 });
    expect(matrix.values).toEqual(['ijm', 'iom']);
  });

  it('compares studies with each value quoted from its source sentence', async () => {
    const [a, b] = await compareStudies(
      ['003_46d0c4582f3a856d', '004_ee0b6ec72090fab7', 'missing'],
      seeded.db,
    );
    expect(a?.period[0]?.text).toBe('2023–2024');
    expect(a?.period[0]?.quote?.text).toMatch(/2023-2024/);
    expect(b?.frameworks.map((f) => f.key)).toEqual(['archer-roles']);
    expect(b?.figures[0]?.quote?.anchor).toBeNull();
    expect(b?.organisations[0]?.quote?.anchor).toBe('abstract-id');
  });
});
