import { describe, expect, it } from 'vitest';
import { DecodeError, decodeBytes, detectLineEnding } from '@/lib/ingest/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

function errorOf(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DecodeError) return error;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 with LF line endings', () => {
    expect(decodeBytes(utf8('Perdagangan manusia\nFilipina\n'))).toEqual({
      text: 'Perdagangan manusia\nFilipina\n',
      encoding: 'utf-8',
      lineEnding: 'lf',
    });
  });

  it('drops a UTF-8 BOM and reports it', () => {
    const decoded = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Abstrak')]));
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text).toBe('Abstrak');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16('Kata kunci: IOM', 'le', true))).toMatchObject({
      text: 'Kata kunci: IOM',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Kata kunci: IOM', 'be', true))).toMatchObject({
      text: 'Kata kunci: IOM',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a BOM by its zero bytes', () => {
    expect(decodeBytes(utf16('Hubungan Internasional\r\n', 'le', false))).toMatchObject({
      text: 'Hubungan Internasional\r\n',
      encoding: 'utf-16le',
      lineEnding: 'crlf',
    });
    expect(decodeBytes(utf16('Hubungan Internasional', 'be', false)).encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8 (Latin-1 accents, curly quotes)', () => {
    const bytes = Uint8Array.from([...utf8('Caf'), 0xe9, 0x20, 0x93, ...utf8('kutip'), 0x94]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'Café “kutip”', encoding: 'windows-1252' });
  });

  it('detects CRLF, CR, mixed and absent line endings', () => {
    expect(decodeBytes(utf8('a\r\nb\r\n')).lineEnding).toBe('crlf');
    expect(detectLineEnding('a\rb')).toBe('cr');
    expect(detectLineEnding('a\r\nb\nc')).toBe('mixed');
    expect(detectLineEnding('one line')).toBe('none');
  });

  it('rejects empty and whitespace-only files with code "empty"', () => {
    expect(errorOf(() => decodeBytes(new Uint8Array())).code).toBe('empty');
    expect(errorOf(() => decodeBytes(utf8('  \n\t\n'))).code).toBe('empty');
  });

  it('rejects NUL-heavy and control-heavy content with code "binary"', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    const error = errorOf(() => decodeBytes(png));
    expect(error.code).toBe('binary');
    expect(error.message).toMatch(/binary/);
    const controls = Uint8Array.from(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0x01 : 0x41)));
    expect(errorOf(() => decodeBytes(controls)).code).toBe('binary');
  });
});

describe('decodeBytes on damaged and NUL-bearing input', () => {
  it('keeps a UTF-8 file with one bad byte as UTF-8, the byte replaced by U+FFFD and recorded', () => {
    const bytes = Uint8Array.from([...utf8('Pérez “IOM” – Filipina '), 0xff, ...utf8(' perdagangan')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('Pérez “IOM” – Filipina \ufffd perdagangan');
    expect(decoded.repairs).toEqual([
      { kind: 'invalid-byte', original: '\\xFF', replacement: '\ufffd', originalStart: 23 },
    ]);
  });

  it('still reads Windows-1252 when no valid multi-byte sequence backs UTF-8', () => {
    const bytes = Uint8Array.from([...utf8('Jos'), 0xe9, 0x20, 0x93, ...utf8('Rizal'), 0x94, 0x20, 0xe8]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'José “Rizal” è', encoding: 'windows-1252' });
  });

  it('does not take NUL-sprinkled text for UTF-16 when the zeros do not alternate over most of the file', () => {
    // UTF-16-looking zeros in the first half only (a zero in a third of all byte pairs), then plain text.
    const text = 'Organisasi internasional menangani perdagangan manusia di kawasan Asia Tenggara. ';
    const head = utf16(text.repeat(80), 'le', false);
    const tail = utf8(text.repeat(80));
    const bytes = Uint8Array.from([...head, ...tail, ...(tail.length % 2 ? [0x20] : [])]);
    expect(errorOf(() => decodeBytes(bytes)).code).toBe('binary');
  });

  it('removes NULs and other control characters from the decoded text, each run a recorded repair', () => {
    // Below the share of NULs that marks a file as binary: a few stray ones in real text.
    const body = ' Penelitian ini membahas peran organisasi internasional.'.repeat(6);
    const decoded = decodeBytes(utf8(`Kata\u0000 kunci:\u0001\u0002 IOM\tILO\fakhir\r\n\u007f${body}`));
    expect(decoded.text).toBe(`Kata kunci: IOM\tILO\fakhir\r\n${body}`);
    expect(decoded.text).not.toMatch(/\p{Cc}(?<![\t\n\f\r])/u);
    expect(decoded.repairs).toEqual([
      { kind: 'control-character', original: '␀', replacement: '', originalStart: 4 },
      { kind: 'control-character', original: '␁␂', replacement: '', originalStart: 11 },
      { kind: 'control-character', original: '␡', replacement: '', originalStart: 27 },
    ]);
  });

  it('shifts an invalid byte repair past control characters removed before it', () => {
    const body = ' Penelitian ini membahas peran organisasi internasional.'.repeat(6);
    const bytes = Uint8Array.from([...utf8('“a”\u0000\u0000b'), 0xc3, ...utf8(`c é${body}`)]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(`“a”b\ufffdc é${body}`);
    expect(decoded.repairs?.find((r) => r.kind === 'invalid-byte')?.originalStart).toBe(4);
  });
});
