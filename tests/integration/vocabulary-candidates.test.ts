import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db/client';
import { listVocabularyCandidates, type VocabularyCandidate } from '@/lib/db/list-vocabulary-candidates';
import { runIngest } from '@/lib/ingest/run-ingest';
import { makeWorkspace } from '../helpers/temp-corpus';

// Two short thesis abstracts written for this test, both stating a concept the vocabulary lacks, one naming an
// organisation the vocabulary lacks in its title.
const A = `PERAN NORWEGIAN REFUGEE COUNCIL (NRC) DALAM PENANGANAN PENGUNGSI SURIAH DI YORDANIA TAHUN 2015-2019

ABSTRAK

Penelitian ini bertujuan untuk menganalisis peran Norwegian Refugee Council (NRC) dalam penanganan pengungsi Suriah di Yordania pada tahun 2015-2019. Penelitian ini menggunakan konsep ketahanan komunitas (community resilience) untuk menjelaskan program organisasi tersebut. Hasil penelitian menunjukkan bahwa NRC memperkuat layanan dasar di kamp pengungsian.

Kata kunci: NRC, pengungsi, Yordania
`;
const B = `UPAYA UNHCR DALAM PERLINDUNGAN PENGUNGSI DI LIBANON TAHUN 2016-2020

ABSTRAK

Penelitian ini bertujuan untuk menganalisis upaya UNHCR dalam perlindungan pengungsi pada tahun 2016-2020. Penelitian ini menggunakan konsep ketahanan komunitas (community resilience) dan metode kualitatif deskriptif. Hasil penelitian menunjukkan bahwa UNHCR bekerja dengan organisasi lokal.

Kata kunci: UNHCR, pengungsi
`;

describe('vocabulary candidates', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let candidates: VocabularyCandidate[];
  beforeAll(async () => {
    ws = await makeWorkspace();
    await writeFile(path.join(ws.corpusDir, 'a.txt'), A);
    await writeFile(path.join(ws.corpusDir, 'b.txt'), B);
    await runIngest({ corpusDir: ws.corpusDir, database: ws.database });
    const db = openDb(ws.database);
    try {
      candidates = await listVocabularyCandidates(db);
    } finally {
      await db.$disconnect();
    }
  });
  afterAll(() => ws.cleanup());

  it('lists an unknown framework once, with the number of studies and an example sentence', () => {
    const framework = candidates.find((c) => c.key === 'open--community-resilience');
    expect(framework).toMatchObject({ vocabulary: 'framework', name: 'Community resilience', studies: 2 });
    expect(framework?.example.sentence).toMatch(/menggunakan konsep ketahanan komunitas/);
  });

  it('lists an unknown organisation with the sentence it is named in', () => {
    const organisation = candidates.find((c) => c.vocabulary === 'organisation');
    expect(organisation).toMatchObject({
      key: 'open--nrc',
      name: 'Norwegian Refugee Council (NRC)',
      studies: 1,
    });
    expect(organisation?.example.sentence).toMatch(/NORWEGIAN REFUGEE COUNCIL/);
  });

  it('lists nothing the vocabulary holds', () => {
    expect(candidates.map((c) => c.key).every((key) => key.startsWith('open--'))).toBe(true);
  });
});
