import { describe, expect, it } from 'vitest';
import { detectLanguage, staysInLanguage } from '@/lib/ingest/segment/language';

// Written for this test: ordinary abstract prose in each language, a word salad with no grammatical words, and a
// stretch that changes language.
const INDONESIAN =
  'Penelitian ini membahas peran organisasi internasional dalam penanganan perdagangan manusia di Indonesia. ' +
  'Data yang digunakan adalah data sekunder dari laporan pemerintah dan organisasi tersebut, yang dianalisis secara kualitatif.';
const ENGLISH =
  'This study examines the role of international organisations in the handling of human trafficking in Indonesia. ' +
  'The data are secondary data from the reports of the government and of these organisations, analysed qualitatively.';

describe('language detection', () => {
  it('tells ordinary prose of either language', () => {
    expect(detectLanguage(INDONESIAN)).toBe('id');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('still tells text without grammatical words, through the detector', () => {
    expect(detectLanguage('perlindungan korban perdagangan manusia kebijakan pemerintah kerja sama')).toBe(
      'id',
    );
    expect(detectLanguage('protection victims trafficking policy government cooperation agreement')).toBe(
      'en',
    );
  });

  it('confirms a language only when none of the other language is there', () => {
    expect(staysInLanguage(INDONESIAN.slice(-150), 'id')).toBe(true);
    expect(staysInLanguage(ENGLISH.slice(-150), 'en')).toBe(true);
    expect(staysInLanguage(`${INDONESIAN.slice(-80)} ${ENGLISH.slice(0, 80)}`, 'id')).toBe(false);
    expect(staysInLanguage('korban kebijakan pemerintah', 'id')).toBe(false); // nothing to tell by
  });
});
