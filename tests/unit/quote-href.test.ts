import { describe, expect, it } from 'vitest';
import { quoteHref, textDirective } from '@/lib/http/quote-href';

describe('a quote links to its sentence on the study page', () => {
  it('goes to the section and then, by a text fragment, to the sentence itself', () => {
    const quote = {
      text: 'Penelitian ini menggunakan konsep organisasi internasional menurut Clive Archer sebagai instrumen, arena dan aktor.',
      anchor: 'section-2',
    };
    expect(quoteHref('004', quote)).toBe(
      '/studies/004#section-2:~:text=Penelitian%20ini%20menggunakan%20konsep%20organisasi,sebagai%20instrumen%2C%20arena%20dan%20aktor.',
    );
  });

  it('spells a short quote whole, encoding the characters a directive uses as syntax', () => {
    expect(textDirective('Tier-1, kata IJM & IOM')).toBe('text=Tier%2D1%2C%20kata%20IJM%20%26%20IOM');
  });

  it('drops the ellipsis of a shortened quote, and still points at the text when the place is unknown', () => {
    expect(quoteHref('x', { text: '…IOM membantu 154 korban…', anchor: null })).toBe(
      '/studies/x#:~:text=IOM%20membantu%20154%20korban',
    );
    expect(quoteHref('x', { text: ' … ', anchor: 'abstract-id' })).toBe('/studies/x#abstract-id');
  });
});
