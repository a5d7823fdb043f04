import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A vocabulary edit must make the next ingest reclassify every study. The parser stamp (lib/ingest/parser-stamp.ts)
// is what tells the ingest that its rules changed; this checks that it digests the YAML data files. The stamp
// module is copied into a temp project so that the real data files are never touched while other tests run.

async function stampOf(root: string): Promise<string> {
  vi.resetModules();
  const module = (await import(path.join(root, 'lib/ingest/parser-stamp.ts'))) as {
    computeParserStamp: () => Promise<string>;
  };
  return module.computeParserStamp();
}

describe('the parser stamp and the vocabulary data', () => {
  it('changes when a vocabulary YAML file is edited', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'telaah-stamp-'));
    mkdirSync(path.join(root, 'lib/ingest'), { recursive: true });
    mkdirSync(path.join(root, 'lib/vocabulary/data'), { recursive: true });
    mkdirSync(path.join(root, 'lib/db'), { recursive: true });
    writeFileSync(path.join(root, 'lib/db/study-rows.ts'), '// stands in for the real file\n');
    copyFileSync(path.resolve('lib/ingest/parser-stamp.ts'), path.join(root, 'lib/ingest/parser-stamp.ts'));
    const frameworks = path.join(root, 'lib/vocabulary/data/frameworks-theories.yaml');
    writeFileSync(frameworks, '- key: realism\n');
    const before = await stampOf(root);
    expect(await stampOf(root)).toBe(before);
    writeFileSync(frameworks, '- key: realism\n  aliases: [realisme]\n');
    expect(await stampOf(root)).not.toBe(before);
  });
});
