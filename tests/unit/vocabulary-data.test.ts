import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadDataFile, VocabularyDataError } from '@/lib/vocabulary/load-data';

const entry = z
  .object({ key: z.string().min(1), name: z.string().min(1), aliases: z.array(z.string()) })
  .strict();

function fileWith(text: string): [string, string] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'telaah-vocab-'));
  writeFileSync(path.join(dir, 'things.yaml'), text);
  return ['things.yaml', dir];
}

describe('vocabulary data files', () => {
  it('load valid entries', () => {
    const [file, dir] = fileWith('- key: iom\n  name: IOM\n  aliases: [OIM]\n');
    expect(loadDataFile(file, entry, dir)).toEqual([{ key: 'iom', name: 'IOM', aliases: ['OIM'] }]);
  });

  it('name the file, the entry and the field that is wrong', () => {
    const [file, dir] = fileWith('- key: iom\n  name: IOM\n  aliases: [OIM]\n- key: ijm\n  aliases: [7]\n');
    expect(() => loadDataFile(file, entry, dir)).toThrow(VocabularyDataError);
    expect(() => loadDataFile(file, entry, dir)).toThrow(
      /things\.yaml: entry 2 \(key "ijm"\), field (name|aliases)/,
    );
  });

  it('refuse a repeated key', () => {
    const [file, dir] = fileWith(
      '- { key: iom, name: A, aliases: [] }\n- { key: iom, name: B, aliases: [] }\n',
    );
    expect(() => loadDataFile(file, entry, dir)).toThrow(/entry 2 repeats the key "iom" of entry 1/);
  });

  it('refuse a file that is not YAML', () => {
    const [file, dir] = fileWith('- key: [unclosed\n');
    expect(() => loadDataFile(file, entry, dir)).toThrow(/things\.yaml: cannot be read as YAML/);
  });
});
