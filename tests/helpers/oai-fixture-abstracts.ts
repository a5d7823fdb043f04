// Sentence templates for the invented bilingual abstracts and titles of the OAI-PMH fixtures: parallel Indonesian
// and English versions, chosen by the same index so the two abstracts of a record say the same thing.
import { pick, type Random } from '../bench/seeded-random';

export interface Slots {
  orgsId: string;
  orgsEn: string;
  org1Id: string;
  org1En: string;
  c1Id: string;
  c1En: string;
  c2Id: string;
  c2En: string;
  fwId: string;
  fwEn: string;
  issueId: string;
  issueEn: string;
  y1: number;
  y2: number;
}

type Pair = readonly [(s: Slots) => string, (s: Slots) => string];

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const CONTEXT: Pair[] = [
  [
    (s) =>
      `${cap(s.issueId)} menjadi persoalan yang terus berulang dalam hubungan antara ${s.c1Id} dan ${s.c2Id}.`,
    (s) => `${cap(s.issueEn)} has become a recurring problem in relations between ${s.c1En} and ${s.c2En}.`,
  ],
  [
    (s) =>
      `Dalam satu dekade terakhir, ${s.issueId} menarik perhatian pemerintah, akademisi, dan masyarakat sipil di ${s.c1Id} dan ${s.c2Id}.`,
    (s) =>
      `Over the past decade, ${s.issueEn} has drawn the attention of governments, scholars and civil society in ${s.c1En} and ${s.c2En}.`,
  ],
  [
    (s) =>
      `Jumlah kasus ${s.issueId} yang dilaporkan antara ${s.c1Id} dan ${s.c2Id} meningkat tajam pada periode ${s.y1}-${s.y2}.`,
    (s) =>
      `Reported cases of ${s.issueEn} between ${s.c1En} and ${s.c2En} rose sharply from ${s.y1} to ${s.y2}.`,
  ],
  [
    (s) =>
      `Meskipun telah lama dibahas, ${s.issueId} jarang dikaji dari sudut pandang lembaga yang bekerja di ${s.c1Id} dan ${s.c2Id}.`,
    (s) =>
      `Although long debated, ${s.issueEn} has seldom been studied from the standpoint of the bodies working in ${s.c1En} and ${s.c2En}.`,
  ],
];

const AIM: Pair[] = [
  [
    (s) =>
      `Penelitian ini bertujuan menganalisis kontribusi ${s.orgsId} dalam menangani ${s.issueId} di ${s.c1Id}.`,
    (s) => `This study analyses the part played by ${s.orgsEn} in addressing ${s.issueEn} in ${s.c1En}.`,
  ],
  [
    (s) =>
      `Artikel ini menjelaskan mengapa upaya ${s.orgsId} belum sepenuhnya berhasil menekan ${s.issueId}.`,
    (s) => `This article explains why the efforts of ${s.orgsEn} have not fully curbed ${s.issueEn}.`,
  ],
  [
    (s) =>
      `Tulisan ini mengkaji bagaimana ${s.orgsId} bekerja bersama pemerintah ${s.c1Id} dan ${s.c2Id} untuk merespons ${s.issueId}.`,
    (s) =>
      `This paper examines how ${s.orgsEn} worked with the governments of ${s.c1En} and ${s.c2En} to respond to ${s.issueEn}.`,
  ],
];

const LENS: Pair[] = [
  [(s) => `Analisis dilakukan dengan menggunakan ${s.fwId}.`, (s) => `The analysis draws on ${s.fwEn}.`],
  [
    (s) =>
      `Kerangka yang dipakai adalah ${s.fwId}, yang membantu menjelaskan hubungan antara pemerintah dan lembaga lain.`,
    (s) => `The study is framed by ${s.fwEn}, which helps explain how governments relate to other bodies.`,
  ],
  [
    (s) => `Penulis membaca data lapangan melalui ${s.fwId}.`,
    (s) => `The author reads the field data through ${s.fwEn}.`,
  ],
];

const METHOD: Pair[] = [
  [
    () => `Metode yang digunakan adalah kualitatif dengan teknik studi pustaka dan wawancara.`,
    () => `The method is qualitative, based on a literature review and interviews.`,
  ],
  [
    () =>
      `Data dikumpulkan melalui wawancara dengan pejabat dan pegiat, serta dari laporan tahunan lembaga terkait.`,
    () =>
      `Data were gathered from interviews with officials and activists and from the annual reports of the bodies concerned.`,
  ],
  [
    (s) =>
      `Penelitian ini memakai metode deskriptif-analitis atas dokumen resmi yang terbit antara ${s.y1} dan ${s.y2}.`,
    (s) =>
      `The study applies a descriptive-analytical method to official documents published between ${s.y1} and ${s.y2}.`,
  ],
];

const FINDINGS: Pair[] = [
  [
    (s) =>
      `Hasil penelitian menunjukkan bahwa ${s.org1Id} berperan sebagai fasilitator dialog sekaligus penyedia data bagi pemerintah ${s.c1Id}.`,
    (s) =>
      `The findings show that ${s.org1En} acts both as a facilitator of dialogue and as a source of data for the government of ${s.c1En}.`,
  ],
  [
    (s) =>
      `Koordinasi antarlembaga di ${s.c2Id} masih lemah sehingga program bersama sering berhenti di tingkat nota kesepahaman.`,
    (s) =>
      `Coordination among agencies in ${s.c2En} remains weak, so joint programmes often stop at a memorandum of understanding.`,
  ],
  [
    (s) =>
      `Pendanaan yang bergantung pada donor membuat program ${s.org1Id} sulit bertahan setelah masa proyek berakhir.`,
    (s) =>
      `Funding that depends on donors makes the programmes of ${s.org1En} hard to sustain once a project ends.`,
  ],
  [
    (s) => `Perbedaan definisi hukum antara ${s.c1Id} dan ${s.c2Id} menghambat penuntutan pelaku.`,
    (s) => `Different legal definitions in ${s.c1En} and ${s.c2En} hinder the prosecution of offenders.`,
  ],
  [
    () => `Pelatihan aparat dan kampanye publik terbukti mengurangi jumlah korban di beberapa provinsi.`,
    () => `Training for officials and public campaigns reduced the number of victims in several provinces.`,
  ],
  [
    (s) =>
      `Namun, kepentingan ekonomi ${s.c2Id} sering bertentangan dengan agenda perlindungan yang diusung ${s.org1Id}.`,
    (s) =>
      `Yet the economic interests of ${s.c2En} often clash with the protection agenda that ${s.org1En} promotes.`,
  ],
  [
    () =>
      `Wawancara juga mengungkap bahwa korban jarang melapor karena takut kehilangan pekerjaan atau dideportasi.`,
    () =>
      `Interviews also reveal that victims seldom report abuse for fear of losing their jobs or being deported.`,
  ],
];

const CONCLUSION: Pair[] = [
  [
    () =>
      `Penelitian ini menyimpulkan bahwa kolaborasi yang lebih erat antara negara pengirim dan negara tujuan sangat diperlukan.`,
    () =>
      `The study concludes that closer collaboration between sending and receiving countries is badly needed.`,
  ],
  [
    () => `Artikel ini merekomendasikan penguatan mekanisme pemantauan bersama di tingkat kawasan.`,
    () => `The article recommends stronger joint monitoring at the level of the region.`,
  ],
  [
    () =>
      `Temuan ini memperkaya kajian hubungan internasional tentang tata kelola lintas batas di Asia Tenggara.`,
    () =>
      `These findings add to international-relations scholarship on cross-border governance in Southeast Asia.`,
  ],
];

const TITLES: Pair[] = [
  [
    (s) => `Peran ${s.org1Id} dalam ${cap(s.issueId)} di ${s.c1Id}`,
    (s) => `The Role of ${s.org1En} in ${s.issueEn} in ${s.c1En}`,
  ],
  [
    (s) => `Respons ${s.c1Id} terhadap ${s.issueId}: Studi Kasus Hubungan dengan ${s.c2Id} (${s.y1}-${s.y2})`,
    (s) => `${s.c1En}'s Response to ${s.issueEn}: A Case Study of Relations with ${s.c2En} (${s.y1}-${s.y2})`,
  ],
  [
    (s) => `Upaya ${s.org1Id} Menangani ${s.issueId} antara ${s.c1Id} dan ${s.c2Id}`,
    (s) => `How ${s.org1En} Tackles ${s.issueEn} between ${s.c1En} and ${s.c2En}`,
  ],
  [
    (s) => `Analisis Kebijakan ${s.c1Id} atas ${s.issueId}`,
    (s) => `An Analysis of ${s.c1En}'s Policy on ${s.issueEn}`,
  ],
];

function shuffle<T>(rnd: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Builds a parallel pair of abstracts of 80-200 words each from the templates. */
export function writeAbstracts(rnd: Random, s: Slots): { id: string; en: string } {
  const chosen: Pair[] = [pick(rnd, CONTEXT), pick(rnd, AIM), pick(rnd, LENS), pick(rnd, METHOD)];
  const findings = shuffle(rnd, FINDINGS);
  const wanted = 2 + Math.floor(rnd() * 4);
  const conclusion = pick(rnd, CONCLUSION);
  const render = (list: Pair[], lang: 0 | 1) => list.map((p) => p[lang](s)).join(' ');
  for (const finding of findings) {
    const enough = chosen.length - 4 >= wanted;
    const words = countWords(render([...chosen, conclusion], 0));
    if (enough && words >= 80) break;
    if (words > 170) break;
    chosen.push(finding);
  }
  chosen.push(conclusion);
  return { id: render(chosen, 0), en: render(chosen, 1) };
}

export function writeTitles(rnd: Random, s: Slots): { id: string; en: string } {
  const pair = pick(rnd, TITLES);
  return { id: pair[0](s), en: pair[1](s) };
}

export { countWords };
