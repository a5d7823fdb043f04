import { describe, expect, it } from 'vitest';
import { parseAbstractHeading } from '@/lib/ingest/segment/abstracts';
import { parseKeywordLine } from '@/lib/ingest/segment/keywords';
import { detectLanguage } from '@/lib/ingest/segment/language';
import { readVariant } from './clean-helpers';
import { segmentBytes, segmentString } from './segment-helpers';

const paragraph = (text: string) => ({ index: 0, text, start: 100, end: 100 + text.length });

describe('abstracts', () => {
  it('reads the heading in any spelling and an inline body', () => {
    expect(parseAbstractHeading('ABSTRAK')).toEqual({ lang: 'id', inlineFrom: null });
    expect(parseAbstractHeading('Abstract')).toEqual({ lang: 'en', inlineFrom: null });
    expect(
      parseAbstractHeading('Abstract: This study examines how the region responds to the problem today.'),
    ).toMatchObject({ lang: 'en' });
    expect(parseAbstractHeading('Abstract Submission Rules')).toBeNull();
  });

  it('finds both abstracts, English first, and lets the text overrule a wrong heading', () => {
    const { segmented } = segmentBytes(readVariant('english-first.txt'));
    expect(segmented.abstracts.en?.value).toMatch(/^This article examines .* non-interference\.$/);
    expect(segmented.abstracts.id?.value).toMatch(/^Artikel ini mengkaji .* non-intervensi\.$/);
    const mislabelled = segmentString(
      'Abstract\n\nPenelitian ini membahas peran organisasi internasional dalam penanganan kasus yang terjadi di Indonesia dan dampaknya bagi para korban.',
    );
    expect(Object.keys(mislabelled.segmented.abstracts)).toEqual(['id']);
  });

  it('gives abstract offsets into the cleaned text', () => {
    const { segmented, clean } = segmentString(
      'ABSTRAK\n\nSatu dua tiga yang ada di sini.\n\nKata kunci: satu, dua',
    );
    const p = segmented.abstracts.id?.provenance;
    if (p?.source !== 'extracted') throw new Error('expected extracted');
    expect(clean.text.slice(p.start, p.end)).toBe('Satu dua tiga yang ada di sini.');
  });

  it('detects the language from small words', () => {
    expect(detectLanguage('Penelitian ini membahas peran yang dilakukan oleh IOM di Indonesia')).toBe('id');
    expect(detectLanguage('This study discusses the role of IOM in Indonesia')).toBe('en');
  });
});

describe('keywords', () => {
  it('splits on commas and semicolons but keeps a parenthesis whole', () => {
    const text = 'Keywords: IOM (International Organization for Migration), Human Trafficking; Indonesia.';
    const line = parseKeywordLine(paragraph(text));
    expect(line?.lang).toBe('en');
    expect(line?.keywords.map((k) => k.value)).toEqual([
      'IOM (International Organization for Migration)',
      'Human Trafficking',
      'Indonesia',
    ]);
    const at = 100 + text.indexOf('Human');
    expect(line?.keywords[1]?.provenance).toEqual({
      source: 'extracted',
      start: at,
      end: at + 'Human Trafficking'.length,
    });
  });

  it('reads every Indonesian label spelling', () => {
    for (const label of ['Kata kunci:', 'Kata-kunci :', 'Kata Kunci:', 'KATA KUNCI -']) {
      expect(parseKeywordLine(paragraph(`${label} CSOs, Cybercrime`))).toMatchObject({ lang: 'id' });
    }
  });

  it('leaves the other language empty when keywords are given in one language only', () => {
    const { segmented } = segmentBytes(readVariant('english-first.txt'));
    expect(segmented.keywords.en.map((k) => k.value)).toEqual([
      'ASEAN',
      'human trafficking',
      'Myanmar',
      'regionalism',
    ]);
    expect(segmented.keywords.id).toEqual([]);
  });
});
