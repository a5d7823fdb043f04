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
