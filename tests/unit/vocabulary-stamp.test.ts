import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeParserStamp } from '@/lib/ingest/parser-stamp';

// A vocabulary edit must make the next ingest reclassify every study. The parser stamp (lib/ingest/parser-stamp.ts)
// is what tells the ingest that its rules changed; this checks that it digests the YAML data files, on a temp
// project so that the real data files are never touched while other tests run.

const stampOf = (root: string) => computeParserStamp(root);

describe('the parser stamp and the vocabulary data', () => {
  it('changes when a vocabulary YAML file is edited', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'telaah-stamp-'));
    mkdirSync(path.join(root, 'lib/ingest'), { recursive: true });
    mkdirSync(path.join(root, 'lib/vocabulary/data'), { recursive: true });
    mkdirSync(path.join(root, 'lib/db'), { recursive: true });
    writeFileSync(path.join(root, 'lib/db/study-rows.ts'), '// stands in for the real file\n');
    writeFileSync(path.join(root, 'lib/ingest/parse-text.ts'), '// stands in for the ingest\n');
    const frameworks = path.join(root, 'lib/vocabulary/data/frameworks-theories.yaml');
    writeFileSync(frameworks, '- key: realism\n');
    const before = await stampOf(root);
    expect(await stampOf(root)).toBe(before);
    writeFileSync(frameworks, '- key: realism\n  aliases: [realisme]\n');
    expect(await stampOf(root)).not.toBe(before);
  });

  it('counts a vocabulary folder outside the project', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'telaah-stamp-'));
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'telaah-vocab-'));
    writeFileSync(path.join(elsewhere, 'countries.yaml'), '- key: ph\n');
    const before = await computeParserStamp(root, elsewhere);
    writeFileSync(path.join(elsewhere, 'countries.yaml'), '- key: id\n');
    expect(await computeParserStamp(root, elsewhere)).not.toBe(before);
  });
});
