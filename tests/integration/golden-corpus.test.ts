import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { exportStudies, type ExportRecord } from '@/lib/db/export-studies';
import { runIngest } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

// The answer key of ../shared/corpus/EXPECTED.md, checked end to end: files in, export out.
describe('the four source documents, ingested and exported', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  const byFile = new Map<string, ExportRecord>();
  const study = (prefix: string) => {
    const found = [...byFile.values()].find((s) => s.sourceFile.startsWith(prefix));
    if (!found) throw new Error(`no study ${prefix}`);
    return found;
  };
  const figureValues = (s: ExportRecord) => s.figures.map((f) => f.value.replace(/[.,]/g, ''));

  beforeAll(async () => {
    ws = await makeWorkspace();
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    const db = openDb(ws.database);
    for await (const record of exportStudies(db)) byFile.set(record.sourceFile, record);
    await db.$disconnect();
  });
  afterAll(() => ws.cleanup());

  it('000: a thesis abstract with a derived title, IJM in the Philippines, TAN, no period', () => {
    const s = study('000');
    expect(s.kind).toBe('thesis-abstract');
    expect(s.languages).toEqual(['id', 'en']);
    expect(s.title.derived).toBe(true);
    expect(s.title.id).toMatch(
      /^Pengaruh International Justice Mission \(IJM\) dalam memerangi perdagangan manusia di Filipina/,
    );
    expect(s.authors).toEqual([]);
    expect([s.venue, s.year, s.affiliation]).toEqual([null, null, null]);
    expect(s.organisations).toEqual(['International Justice Mission (IJM)']);
    expect(s.actors.join(' ')).toMatch(/Department of State/);
    expect(s.countries).toEqual(['Philippines']);
    expect(s.period).toBeNull();
    expect(s.frameworks).toEqual(expect.arrayContaining(['Transnational Advocacy Networks']));
    expect(s.frameworks.some((f) => /international organi[sz]ation theory/i.test(f))).toBe(true);
    const tan = s.frameworkUses.find((f) => f.framework === 'Transnational Advocacy Networks');
    expect(tan?.mechanisms).toHaveLength(3);
    expect(s.methods).toEqual(expect.arrayContaining(['Qualitative', 'Descriptive']));
    expect(s.abstract.id).toContain('peran IJM dalam mencapai');
    expect(s.abstract.id).toContain('(Transnational Advocacy Networks/TAN)');
    expect(s.abstract.id).not.toContain('[JM');
    expect(s.abstract.id).not.toContain('7ransnational');
  });

  it('001: a journal article in DIKSHI 3(2) 2024 by three authors, IJM, 2010-2019, CSO roles, key figures', () => {
    const s = study('001');
    expect(s.kind).toBe('journal-article');
    expect(s.venue).toBe('DIKSHI');
    expect([s.volume, s.issue, s.year]).toEqual(['3', '2', 2024]);
    expect(s.authors).toEqual(['A.A.A.K. Devi', 'N.W.R. Priadarsini', 'P.T.K. Resen']);
    expect(s.title.derived).toBe(true);
    expect(s.keywords).toEqual({ id: ['CSOs', 'Cybercrime', 'Filipina', 'IJM', 'OSEC'], en: [] });
    expect(s.organisations).toEqual(['International Justice Mission (IJM)']);
    for (const actor of ['DSWD', 'DOJ', 'DOLE', 'PNP', 'NBI', 'NCMEC', 'UNODC']) {
      expect(s.actors.join(' ')).toContain(`(${actor})`);
    }
    expect(s.countries).toEqual(['Philippines']);
    expect(s.period).toEqual({ from: 2010, to: 2019 });
    expect(s.frameworks).toEqual(expect.arrayContaining(['Roles of civil society organisations']));
    expect(s.frameworks.some((f) => /cybercrime/i.test(f))).toBe(true);
    const cso = s.frameworkUses.find((f) => f.framework === 'Roles of civil society organisations');
    expect(cso?.mechanisms).toHaveLength(3);
    expect(s.sections.map((x) => x.heading)).toEqual(
      expect.arrayContaining([
        'PENDAHULUAN',
        'METODE',
        'HASIL DAN PEMBAHASAN',
        'PENUTUP',
        'Perkembangan Kasus OSEC di Filipina',
      ]),
    );
    expect(figureValues(s)).toEqual(expect.arrayContaining(['171', '571', '229', '76', '193405', '79%']));
    // The running header, footer and page numbers are gone and the sentence they cut is whole again.
    expect(s.abstract.id).not.toMatch(/DIKSHI|Priadarsini/);
    expect(s.abstract.id).toContain('Bring Criminals to Jiustice');
  });

  it('003: a thesis abstract with both titles, Nurul Aida Amalia, IOM in Indonesia 2023-2024', () => {
    const s = study('003');
    expect(s.kind).toBe('thesis-abstract');
    expect(s.title).toEqual({
      id: 'Upaya International Organization for Migration dalam Penanganan Human Trafficking di Indonesia Tahun 2023-2024',
      en: "International Organization for Migration's Efforts in Handling Human Trafficking in Indonesia in 2023-2024",
      derived: false,
    });
    expect(s.authors).toEqual(['Nurul Aida Amalia']);
    expect(s.keywords.id).toEqual(['Perdagangan manusia', 'IOM', 'Indonesia', 'penanganan', '2023–2024']);
    expect(s.keywords.en).toEqual(['Human trafficking', 'IOM', 'Indonesia', 'response efforts', '2023–2024']);
    expect(s.organisations).toEqual(['International Organization for Migration (IOM)']);
    expect(s.countries).toEqual(['Indonesia']);
    expect(s.period).toEqual({ from: 2023, to: 2024 });
    expect(s.frameworks).toHaveLength(2);
    expect(s.methods).toEqual(expect.arrayContaining(['Qualitative', 'Secondary data']));
    expect(s.abstract.id).not.toContain('*');
  });

  it("004: a journal article by Saragih and Alfajri, Archer's roles, 27 references, one table, seven figures", () => {
    const s = study('004');
    expect(s.kind).toBe('journal-article');
    expect(s.languages[0]).toBe('en');
    expect(s.title.id).toBe(
      'Upaya IOM (International Organization for Migration) dalam Menangani Kasus Human Trafficking di Indonesia Tahun 2017-2022',
    );
    expect(s.authors).toEqual(['Eriston Saragih', 'Alfajri']);
    expect(s.affiliation).toMatch(/Program Studi Hubungan Internasional.*Universitas Islam Riau/);
    expect(s.email).toBe('eristonsaragih@student.uir.ac.id');
    expect([s.venue, s.year]).toEqual([null, null]);
    expect(s.keywords.en).toEqual([
      'IOM (International Organization for Migration)',
      'Human Trafficking',
      'Indonesia',
    ]);
    expect(s.keywords.id).toEqual([
      'IOM (Organisasi Internasional untuk Migrasi)',
      'Perdagangan Manusia',
      'Indonesia',
    ]);
    expect(s.organisations).toEqual(['International Organization for Migration (IOM)']);
    expect(s.countries).toEqual(['Indonesia']);
    expect(s.period).toEqual({ from: 2017, to: 2022 });
    expect(s.frameworks).toEqual(["Clive Archer's roles of international organisations"]);
    expect(s.frameworkUses[0]?.mechanisms).toHaveLength(3);
    expect(s.references).toHaveLength(27);
    expect(s.references.every((r) => r.year !== null && r.authors.length > 0)).toBe(true);
    expect(s.sections.map((x) => x.heading)).toEqual(
      expect.arrayContaining([
        'PENDAHULUAN',
        'METODE PENELITIAN',
        'HASIL DAN PEMBAHASAN',
        'SIMPULAN',
        'Sejarah Human Trafficking',
      ]),
    );
    expect(figureValues(s)).toEqual(expect.arrayContaining(['2605', '4614%', '161', '2648', '88%']));
    expect(s.abstract.en).not.toMatch(/[*¹^]/);
  });
});
