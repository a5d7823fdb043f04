// Shared by the clean-* and segment-* tests: build a DecodedText from a string, read corpus and fixture files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DecodedText } from '@/lib/ingest/types';

export const KNOWN_NAMES = [
  'IJM',
  'IOM',
  'TAN',
  'OSEC',
  'INGO',
  'Transnational Advocacy Networks',
  'International Non-Governmental Organization',
];

export function decodedOf(text: string): DecodedText {
  return { text, encoding: 'utf-8', lineEnding: text.includes('\r\n') ? 'crlf' : 'lf' };
}

const root = path.resolve(import.meta.dirname, '../..');

export function readCorpus(prefix: string): Uint8Array {
  const dir = path.join(root, 'corpus');
  const name = [
    '000_ca4bf7d1b30f51f4.txt',
    '001_35e5132b2f9dd7c4.txt',
    '003_46d0c4582f3a856d.txt',
    '004_ee0b6ec72090fab7.txt',
  ].find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no corpus file ${prefix}`);
  return readFileSync(path.join(dir, name));
}

export function readVariant(name: string): Uint8Array {
  return readFileSync(path.join(root, 'tests/fixtures/variants', name));
}
