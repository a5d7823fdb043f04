// Research methods, designs and data sources as Indonesian and English abstracts name them.
// A compound such as "kualitatif-deskriptif" yields two methods: each half is matched on its own.
import type { ResearchMethod } from './types';

export const methods: ResearchMethod[] = [
  {
    key: 'qualitative',
    name: { en: 'Qualitative', id: 'Kualitatif' },
    aliases: ['kualitatif', 'qualitative'],
  },
  {
    key: 'quantitative',
    name: { en: 'Quantitative', id: 'Kuantitatif' },
    aliases: ['kuantitatif', 'quantitative'],
  },
  {
    key: 'mixed-methods',
    name: { en: 'Mixed methods', id: 'Metode campuran' },
    aliases: [
      'mixed methods',
      'mixed-method',
      'metode campuran',
      'metode gabungan',
      'kombinasi kualitatif dan kuantitatif',
    ],
  },
  {
    key: 'descriptive',
    name: { en: 'Descriptive', id: 'Deskriptif' },
    aliases: ['deskriptif', 'descriptive'],
  },
  {
    key: 'descriptive-analytical',
    name: { en: 'Descriptive-analytical', id: 'Deskriptif-analitis' },
    aliases: [
      'deskriptif-analitis',
      'deskriptif analitik',
      'descriptive-analytical',
      'descriptive-analytic',
      'descriptive analysis',
      'analisis deskriptif',
    ],
  },
  {
    key: 'explanatory',
    name: { en: 'Explanatory', id: 'Eksplanatif' },
    aliases: ['eksplanatif', 'eksplanatori', 'explanatory', 'eksplanasi'],
  },
  {
    key: 'exploratory',
    name: { en: 'Exploratory', id: 'Eksploratif' },
    aliases: ['eksploratif', 'eksploratori', 'exploratory'],
  },
  {
    key: 'case-study',
    name: { en: 'Case study', id: 'Studi kasus' },
    aliases: ['studi kasus', 'case study', 'case-study'],
  },
  {
    key: 'comparative',
    name: { en: 'Comparative', id: 'Komparatif' },
    aliases: ['komparatif', 'comparative', 'studi perbandingan', 'comparative study'],
  },
  {
    key: 'literature-review',
    name: { en: 'Literature review (library research)', id: 'Studi pustaka' },
    aliases: [
      'studi pustaka',
      'tinjauan pustaka',
      'studi kepustakaan',
      'kajian pustaka',
      'penelitian kepustakaan',
      'riset kepustakaan',
      'studi literatur',
      'tinjauan literatur',
      'kajian literatur',
      'literature review',
      'literature study',
      'library research',
      'desk research',
    ],
  },
  {
    key: 'narrative-literature-review',
    name: { en: 'Narrative literature review', id: 'Tinjauan literatur naratif' },
    aliases: [
      'tinjauan literatur naratif',
      'kajian literatur naratif',
      'studi literatur naratif',
      'narrative literature review',
      'narrative review',
    ],
  },
  {
    key: 'systematic-literature-review',
    name: { en: 'Systematic literature review', id: 'Tinjauan literatur sistematis' },
    aliases: [
      'systematic literature review',
      'systematic review',
      'tinjauan literatur sistematis',
      'kajian literatur sistematis',
      'SLR',
    ],
  },
  {
    key: 'secondary-data',
    name: { en: 'Secondary data', id: 'Data sekunder' },
    aliases: [
      'data sekunder',
      'secondary data',
      'sumber sekunder',
      'secondary sources',
      'sumber data sekunder',
    ],
  },
  {
    key: 'primary-data',
    name: { en: 'Primary data', id: 'Data primer' },
    aliases: ['data primer', 'primary data', 'sumber primer', 'primary sources'],
  },
  {
    key: 'interviews',
    name: { en: 'Interviews', id: 'Wawancara' },
    aliases: [
      'wawancara',
      'interview',
      'wawancara mendalam',
      'in-depth interview',
      'semi-structured interview',
      'wawancara semi-terstruktur',
    ],
  },
  {
    key: 'observation',
    name: { en: 'Observation', id: 'Observasi' },
    aliases: ['observasi', 'observation', 'pengamatan lapangan'],
  },
  {
    key: 'document-analysis',
    name: { en: 'Document analysis', id: 'Studi dokumen' },
    aliases: [
      'studi dokumen',
      'studi dokumentasi',
      'analisis dokumen',
      'document analysis',
      'documentary research',
      'telaah dokumen',
    ],
  },
  {
    key: 'content-analysis',
    name: { en: 'Content analysis', id: 'Analisis isi' },
    aliases: ['analisis isi', 'analisis konten', 'content analysis'],
  },
  {
    key: 'discourse-analysis',
    name: { en: 'Discourse analysis', id: 'Analisis wacana' },
    aliases: [
      'analisis wacana',
      'discourse analysis',
      'critical discourse analysis',
      'analisis wacana kritis',
    ],
  },
  {
    key: 'process-tracing',
    name: { en: 'Process tracing', id: 'Penelusuran proses' },
    aliases: ['process tracing', 'process-tracing', 'penelusuran proses'],
  },
  {
    key: 'triangulation',
    name: { en: 'Triangulation', id: 'Triangulasi' },
    aliases: ['triangulasi', 'triangulation'],
  },
];
