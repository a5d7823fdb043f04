// Text from parsed documents reaches harvesters inside XML: markup characters are escaped and characters XML 1.0
// cannot carry at all are dropped, so a stray control character cannot make a whole page unparseable.
import { describe, expect, it } from 'vitest';
import {
  element,
  escapeXmlAttribute,
  escapeXmlText,
  renderElement,
  stripIllegalXmlCharacters,
} from '@/lib/oai/oai-xml';

describe('the OAI XML writer', () => {
  it('escapes markup in text and quotes and whitespace in attributes', () => {
    expect(escapeXmlText('A & B <c> "d" \'e\'')).toBe('A &amp; B &lt;c&gt; "d" \'e\'');
    expect(escapeXmlAttribute('say "hi"\tto\nyou & me')).toBe('say &quot;hi&quot;&#9;to&#10;you &amp; me');
  });

  it('drops characters illegal in XML 1.0 and keeps the legal ones beyond the BMP', () => {
    expect(stripIllegalXmlCharacters('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF')).toBe('abcdef');
    expect(stripIllegalXmlCharacters('lone \uD800 surrogate \uDC00')).toBe('lone  surrogate ');
    expect(stripIllegalXmlCharacters('tab\tnew\nline\r😀 é')).toBe('tab\tnew\nline\r😀 é');
  });

  it('renders nested elements, leaves out undefined attributes and closes empty ones', () => {
    const tree = element('record', { status: undefined, lang: 'id' }, [
      element('title', {}, ['Perdagangan <orang> & migrasi\u0007']),
      element('empty'),
    ]);
    expect(renderElement(tree)).toBe(
      '<record lang="id"><title>Perdagangan &lt;orang&gt; &amp; migrasi</title><empty/></record>',
    );
  });
});
