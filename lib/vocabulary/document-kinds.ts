// The kinds of document the corpus holds; keys are public (facet values in URLs).
import type { DocumentKind } from './types';

export const documentKinds: DocumentKind[] = [
  { key: 'thesis-abstract', name: { en: 'Thesis abstract', id: 'Abstrak skripsi/tesis' } },
  { key: 'thesis', name: { en: 'Thesis', id: 'Skripsi/tesis' } },
  { key: 'journal-article', name: { en: 'Journal article', id: 'Artikel jurnal' } },
  { key: 'conference-paper', name: { en: 'Conference paper', id: 'Makalah konferensi' } },
  { key: 'report', name: { en: 'Report', id: 'Laporan' } },
  { key: 'unknown', name: { en: 'Unknown', id: 'Tidak diketahui' } },
];
