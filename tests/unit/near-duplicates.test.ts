import { describe, expect, it } from 'vitest';
import { comparisonTerms, findNearDuplicates } from '@/lib/ingest/near-duplicates';

const study = (id: string, text: string) => ({ id, terms: comparisonTerms(text) });
import { readdirSync, readFileSync } from 'node:fs';

// One study written twice in other words (a repository copy and a reworded journal copy), among studies of the
// same field that share its common words but not its particulars.
const ORIGINAL = `Banjir bandang di Kabupaten Sigi pada September 2022 merusak ratusan rumah dan memutus jembatan
di Kecamatan Dolo Selatan. Penelitian ini menganalisis kerja sama Yayasan Bumi Lestari dengan Japan International
Cooperation Agency (JICA) dalam pemulihan pascabencana di Sigi tahun 2022-2023. Metode yang digunakan adalah
kualitatif dengan wawancara terhadap pengurus yayasan, aparat desa Pombewe, dan relawan. Hasilnya menunjukkan bahwa
JICA mendanai pembangunan kembali jembatan gantung, sumur bor, dan pelatihan kelompok tani kakao, sedangkan yayasan
mengorganisasi warga Pombewe dan Jono Oge. Kendalanya adalah data penerima bantuan yang tumpang tindih dan musim
hujan yang panjang.`;
const REWORDED = `Pada September 2022 banjir bandang melanda Kabupaten Sigi, menghancurkan ratusan rumah serta jembatan di
Dolo Selatan. Tulisan ini mengkaji kolaborasi Yayasan Bumi Lestari dan Japan International Cooperation Agency (JICA)
untuk pemulihan Sigi setelah bencana pada 2022-2023. Data dikumpulkan secara kualitatif melalui wawancara dengan
pengurus yayasan, perangkat desa Pombewe, serta para relawan. Temuan penelitian memperlihatkan JICA membiayai
jembatan gantung baru, sumur bor, dan pelatihan petani kakao, sementara yayasan menggerakkan masyarakat Pombewe serta
Jono Oge. Hambatannya berupa tumpang tindih data penerima bantuan dan musim hujan berkepanjangan.`;

describe('near-duplicates', () => {
  // The corpus: two studies of IJM in the Philippines and two of IOM in Indonesia, close in topic, not copies.
  const others = readdirSync('corpus')
    .filter((name) => /\.(txt|md)$/.test(name))
    .map((name) => study(name, readFileSync(`corpus/${name}`, 'utf8')));

  it('pairs a study with its reworded copy, and nothing else', () => {
    const pairs = findNearDuplicates([study('repository', ORIGINAL), ...others, study('journal', REWORDED)]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['repository', 'journal']]);
    expect(pairs[0]?.similarity).toBeGreaterThan(0.42);
  });

  it('does not pair studies of the same organisation, country and topic', () => {
    expect(findNearDuplicates(others)).toEqual([]);
  });

  it('does not pair short texts on a few shared words', () => {
    const short = [study('a', 'Jembatan Pombewe di Sigi.'), study('b', 'Sumur bor di Pombewe, Sigi.')];
    expect(findNearDuplicates(short)).toEqual([]);
  });
});
