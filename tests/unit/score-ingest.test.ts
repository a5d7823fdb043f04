import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '@/lib/db/export-studies';
import { scoreExport, type AnswerKey } from '@/lib/eval/score-ingest';

const study = (over: Partial<ExportRecord>) =>
  ({
    sourceFile: '07_example.txt',
    title: { id: 'Peran IOM dalam Penanganan Perdagangan Manusia di Indonesia', en: null, derived: false },
    authors: ['Dewi Lestari'],
    organisations: ['International Organization for Migration (IOM)'],
    countries: ['Indonesia'],
    period: { from: 2018, to: 2021 },
    frameworks: ['Role of international organisations'],
    languages: ['id'],
    ...over,
  }) as unknown as ExportRecord;

const key: AnswerKey = {
  '07': {
    title: 'Peran IOM dalam Penanganan Perdagangan Manusia di Indonesia',
    authors: ['Dewi Lestari'],
    orgs: ['IOM'],
    countries: ['Indonesia'],
    period: [2018, 2021],
    frameworks: ['role of international organizations'],
    langs: ['id'],
  },
};

describe('scoring an export against an answer key', () => {
  it('gives full marks to a study read as the key says', () => {
    const score = scoreExport(key, [study({})]);
    expect(score.overall).toBe(1);
    expect(score.missing).toEqual([]);
  });

  it('counts a supervisor taken for an author, a wrong period and a missing language against the study', () => {
    const score = scoreExport(key, [
      study({
        authors: ['Dewi Lestari', 'Budi Santoso'],
        period: { from: 2018, to: 2020 },
        languages: ['id', 'en'],
      }),
    ]);
    expect(score.fields.authors).toBeCloseTo(2 / 3);
    expect(score.fields.period).toBe(0);
    expect(score.fields.langs).toBe(0);
  });

  it('accepts a derived title where the key states none, and reports a document missing from the export', () => {
    const none = { '07': { ...key['07']!, title: null } };
    expect(
      scoreExport(none, [study({ title: { id: 'Made up', en: null, derived: true } })]).fields.title,
    ).toBe(1);
    expect(scoreExport(none, [study({})]).fields.title).toBe(0);
    expect(scoreExport(key, []).missing).toEqual(['07']);
  });
});
