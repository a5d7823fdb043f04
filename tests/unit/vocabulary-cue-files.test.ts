import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getCountryCues, loadCountryCues } from '@/lib/vocabulary/country-cues';
import { frameworkCueSchema, getFrameworkCues } from '@/lib/vocabulary/framework-cues';
import { loadDataFile } from '@/lib/vocabulary/load-data';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function withFile(name: string, yaml: string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'telaah-cues-'));
  writeFileSync(path.join(dir, name), yaml);
  return dir;
}

describe('the cue files of the open vocabulary', () => {
  it('reads the shipped framework cues and country cues', () => {
    expect(getFrameworkCues().some((c) => c.phrase === 'the concept of' && c.role === 'before')).toBe(true);
    expect(getCountryCues().find((c) => c.demonyms.includes('Rohingya'))?.country).toBe('mm');
  });

  it('names the file, entry and field of a cue with a wrong role', () => {
    const bad = withFile(
      'framework-cues.yaml',
      '- { phrase: teori, role: before }\n- { phrase: konsep, role: maybe }\n',
    );
    expect(() => loadDataFile('framework-cues.yaml', frameworkCueSchema, bad)).toThrow(
      /framework-cues\.yaml: entry 2, field role/,
    );
  });

  it('refuses a country cue whose country is not in the countries vocabulary', () => {
    const bad = withFile(
      'country-cues.yaml',
      '- country: mm\n  demonyms: [Rohingya]\n- country: zz\n  demonyms: [Zedish]\n',
    );
    expect(() => loadCountryCues(bad)).toThrow(/country-cues\.yaml: entry 2, field country: "zz"/);
  });
});
