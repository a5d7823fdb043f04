// Thesis abstracts written for the cluster test, each carrying a word no other document has, so a search for it
// shows whether an instance serves the index built after they were ingested.
export const MARKER = 'kortovaleno';

export function markedAbstract(n: number): { name: string; text: string } {
  const text = [
    `PERAN JARINGAN KORTOVALENO ${n} DALAM PERLINDUNGAN PEKERJA MIGRAN DI INDONESIA TAHUN 2015-2020`,
    `Penulis Uji Klaster ${n}`,
    'ABSTRAK',
    `Penelitian ini membahas jaringan Kortovaleno, sebuah forum khayalan lembaga swadaya masyarakat, yang ` +
      `mendampingi pekerja migran korban perdagangan manusia di Indonesia pada periode 2015-2020. Data sekunder ` +
      `dianalisis secara kualitatif. Hasilnya menunjukkan bahwa pendampingan hukum dan rumah aman memperkuat ` +
      `pemulihan korban.`,
    'Kata kunci: kortovaleno, pekerja migran, perdagangan manusia',
    'ABSTRACT',
    `This study discusses the Kortovaleno network, an imagined forum of civil society organisations that ` +
      `accompanies migrant workers who are victims of human trafficking in Indonesia during 2015-2020. Secondary ` +
      `data are analysed qualitatively. The findings show that legal aid and safe houses strengthen recovery.`,
    'Keywords: kortovaleno, migrant workers, human trafficking',
  ].join('\n\n');
  return { name: `cluster-test-${n}.txt`, text };
}
