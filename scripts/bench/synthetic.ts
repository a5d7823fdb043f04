// Deterministic bilingual synthetic corpus: Zipf-distributed vocabularies of real Indonesian/English words of
// the field plus generated roots (Indonesian ones with me-/di-/pe-...-an affixes so the stemmer has work), a
// planted phrase, and facets drawn from small key sets. Only used by the benchmark.
import type { IndexableStudy } from '../../lib/search/types';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_REAL =
  `penelitian negara perdagangan manusia organisasi internasional korban pemerintah kebijakan peran upaya
penanganan kerjasama perlindungan migrasi pekerja hukum penegakan kejahatan transnasional keamanan kawasan diplomasi
bantuan kemanusiaan pengungsi perbatasan advokasi jaringan masyarakat sipil anak perempuan eksploitasi seksual
kapasitas lembaga program pelatihan kampanye kesadaran publik analisis kualitatif deskriptif data laporan dokumen
strategi implementasi konvensi protokol ratifikasi regional global aktor mekanisme norma identitas kepentingan`.split(
    /\s+/,
  );
const EN_REAL =
  `research state trafficking human organization international victims government policy role efforts handling
cooperation protection migration workers law enforcement crime transnational security region diplomacy assistance
humanitarian refugees border advocacy networks civil society children women exploitation sexual capacity institution
program training campaign awareness public analysis qualitative descriptive data report documents strategy
implementation convention protocol ratification regional global actors mechanism norms identity interests`.split(
    /\s+/,
  );
const ID_STOP = 'yang dan di dalam untuk dengan ini dari pada sebagai oleh itu tersebut adalah juga'.split(
  ' ',
);
const EN_STOP = 'the of and in to a is for that by as with this on from are'.split(' ');

const SYL = [
  'ba',
  'ka',
  'ta',
  'ra',
  'la',
  'ma',
  'na',
  'sa',
  'ga',
  'da',
  'pi',
  'ri',
  'ku',
  'lu',
  'nu',
  'ro',
  'to',
  'se',
  'ke',
  'an',
  'in',
  'ar',
  'ol',
  'us',
];
const ID_AFFIX: [string, string][] = [
  ['', ''],
  ['me', ''],
  ['di', ''],
  ['pe', 'an'],
  ['ber', ''],
  ['', 'kan'],
  ['ke', 'an'],
  ['per', 'an'],
];
const EN_SUFFIX = ['', 's', 'ing', 'ed', 'tion', 'al', 'ity', 'ers'];

function vocabulary(r: () => number, real: string[], size: number, lang: 'id' | 'en'): string[] {
  const out = [...real];
  const seen = new Set(out);
  while (out.length < size) {
    let root = '';
    const n = 2 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) root += SYL[Math.floor(r() * SYL.length)]!;
    let w: string;
    if (lang === 'id') {
      const [p, s] = ID_AFFIX[Math.floor(r() * ID_AFFIX.length)]!;
      w = p + root + s;
    } else w = root + EN_SUFFIX[Math.floor(r() * EN_SUFFIX.length)]!;
    if (seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** Zipf sampler (s = 1) over ranks 0..n-1 via a cumulative table. */
function zipf(r: () => number, n: number): () => number {
  const cum = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) cum[i] = acc += 1 / (i + 1);
  return () => {
    const x = r() * acc;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface Corpus {
  studies: IndexableStudy[];
  idWords: string[];
  enWords: string[];
  orgs: string[];
  countries: string[];
}

export function generateCorpus(n: number, seed = 42): Corpus {
  const r = rng(seed);
  const idWords = vocabulary(r, ID_REAL, 40_000, 'id');
  const enWords = vocabulary(r, EN_REAL, 40_000, 'en');
  const pickId = zipf(r, idWords.length);
  const pickEn = zipf(r, enWords.length);
  const text = (words: string[], pick: () => number, stops: string[], len: number, plant?: string) => {
    const out: string[] = [];
    for (let i = 0; i < len; i++)
      out.push(r() < 0.3 ? stops[Math.floor(r() * stops.length)]! : words[pick()]!);
    if (plant) out.splice(Math.floor(r() * out.length), 0, plant);
    const s = out.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + '.';
  };
  const orgs = [
    'iom',
    'ijm',
    'unodc',
    'unhcr',
    'ilo',
    'unicef',
    'asean',
    'interpol',
    'walk-free',
    'polaris',
    ...Array.from({ length: 20 }, (_, i) => `org-${i}`),
  ];
  const countries = [
    'id',
    'ph',
    'my',
    'th',
    'vn',
    'kh',
    'mm',
    'sg',
    'la',
    'tl',
    'au',
    'jp',
    'kr',
    'cn',
    'in',
    'bd',
    'np',
    'lk',
    'pk',
    'us',
  ];
  const frameworks = [
    'international-organisation',
    'transnational-advocacy-networks',
    'human-security',
    'constructivism',
    'liberalism',
    'realism',
    'regime-theory',
    'securitisation',
    'global-governance',
    'norm-diffusion',
  ];
  const kinds = ['thesis-abstract', 'thesis', 'journal-article', 'conference-paper', 'report'];
  const studies: IndexableStudy[] = [];
  const orgPick = zipf(r, orgs.length);
  const countryPick = zipf(r, countries.length);
  for (let i = 0; i < n; i++) {
    const plant = r() < 0.05 ? 'perdagangan manusia' : undefined;
    const from = 1995 + Math.floor(r() * 28);
    const studyOrgs = [...new Set([orgs[orgPick()]!, ...(r() < 0.3 ? [orgs[orgPick()]!] : [])])];
    studies.push({
      id: `s${String(i).padStart(6, '0')}`,
      title: { id: text(idWords, pickId, ID_STOP, 10), en: text(enWords, pickEn, EN_STOP, 10) },
      abstract: { id: text(idWords, pickId, ID_STOP, 120, plant), en: text(enWords, pickEn, EN_STOP, 120) },
      keywords: {
        id: [0, 1, 2, 3].map(() => idWords[pickId()]!),
        en: [0, 1, 2, 3].map(() => enWords[pickEn()]!),
      },
      sections: [
        { heading: 'PENDAHULUAN', language: 'id', text: text(idWords, pickId, ID_STOP, 150) },
        { heading: 'PEMBAHASAN', language: 'id', text: text(idWords, pickId, ID_STOP, 150) },
      ],
      facets: {
        organisation: studyOrgs,
        country: [countries[countryPick()]!],
        framework: [frameworks[Math.floor(r() * frameworks.length)]!],
        kind: kinds[Math.floor(r() * kinds.length)]!,
        language: ['id', 'en'],
        year: from + 3 + Math.floor(r() * 3),
        period: { from, to: from + Math.floor(r() * 8) },
      },
      display: { title: `Study ${i}`, organisations: studyOrgs },
    });
  }
  return { studies, idWords, enWords, orgs, countries };
}
