// The language of a title. A title is short and full of names (organisations, places, often English ones inside an
// Indonesian title: "Peran World Food Programme (WFP) dalam ..."), where a character n-gram detector can go
// either way; its function words tell reliably, so they are counted first and the detector decides the rest.
// Indonesian words count double: English words turn up inside the names an Indonesian title quotes ("ASEAN
// Convention Against Trafficking in Persons ... dalam Penanganan ..."), Indonesian ones never in an English title.
import type { Lang } from '../../vocabulary/types';
import { detectLanguage } from './language';

const INDONESIAN = new Set(
  'dalam di ke dari dan terhadap pada untuk bagi yang sebagai oleh dengan antara melalui tentang serta tahun peran upaya kerja sama strategi pengaruh analisis studi kasus kebijakan diplomasi perlindungan penanganan efektivitas rezim penanggulangan perdagangan manusia hak asasi anak pekerja pengungsi kawasan negara pemerintah'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the of in and for on to with through against from by role its their between study case policy'.split(' '),
);

/** The language the function words vote for, by at least `margin`; null when they do not tell. */
export function voteLanguage(text: string, margin = 1): Lang | null {
  let id = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN.has(word)) id += 2;
    if (ENGLISH.has(word)) en += 1;
  }
  if (id - en >= margin) return 'id';
  if (en - id >= margin) return 'en';
  return null;
}

export function titleLanguage(title: string): Lang | null {
  return voteLanguage(title) ?? detectLanguage(title.toLowerCase());
}
