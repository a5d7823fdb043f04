import { describe, expect, it } from 'vitest';
import { otherTitleIn, titleIn } from '@/lib/db/title-in';

const both = {
  title: 'Upaya IOM menangani perdagangan manusia',
  titleLanguage: 'id' as const,
  titles: { id: 'Upaya IOM menangani perdagangan manusia', en: "IOM's efforts against human trafficking" },
};

describe('the title shown in an interface language', () => {
  it('is the English title in English and the Indonesian title in Indonesian, when the study has both', () => {
    expect(titleIn(both, 'en')).toEqual({ text: "IOM's efforts against human trafficking", language: 'en' });
    expect(titleIn(both, 'id')).toEqual({ text: both.title, language: 'id' });
    expect(otherTitleIn(both, 'en')).toEqual({ text: both.title, language: 'id' });
    expect(otherTitleIn(both, 'id')?.language).toBe('en');
  });

  it('falls back to the main title when the study states none in that language, or the index predates titles', () => {
    const onlyId = { ...both, titles: { id: both.title, en: null } };
    expect(titleIn(onlyId, 'en')).toEqual({ text: both.title, language: 'id' });
    expect(otherTitleIn(onlyId, 'en')).toBeNull();
    expect(titleIn({ title: 'T', titleLanguage: 'en' }, 'id')).toEqual({ text: 'T', language: 'en' });
  });
});
