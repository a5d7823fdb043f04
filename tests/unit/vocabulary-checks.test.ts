import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { VocabularyDataError } from '@/lib/vocabulary/load-data';
import { readVocabularies } from '@/lib/vocabulary/read-vocabularies';

// Each test copies the real data files to a temp folder, spoils one thing as a curator might, and expects an
// error that names the file, the entry and what is wrong.

type Entry = Record<string, unknown>;

function dataWith(file: string, edit: (entries: Entry[]) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'telaah-vocab-'));
  cpSync(path.resolve('lib/vocabulary/data'), dir, { recursive: true });
  const entries = parse(readFileSync(path.join(dir, file), 'utf8')) as Entry[];
  edit(entries);
  writeFileSync(path.join(dir, file), stringify(entries));
  return dir;
}

const byKey = (entries: Entry[], key: string): Entry => {
  const entry = entries.find((e) => e.key === key);
  if (!entry) throw new Error(`no entry ${key}`);
  return entry;
};

function expectError(dir: string, message: RegExp): void {
  expect(() => readVocabularies(dir)).toThrow(VocabularyDataError);
  expect(() => readVocabularies(dir)).toThrow(message);
}

describe('vocabulary data checks', () => {
  it('reads the project data without complaint', () => {
    const v = readVocabularies();
    expect(v.frameworks.length).toBeGreaterThan(0);
    expect(v.organisations.length).toBeGreaterThan(0);
  });

  it('refuse a key repeated within a file', () => {
    const dir = dataWith('methods.yaml', (e) =>
      e.push({ ...byKey(e, 'qualitative'), aliases: ['kwalitatif'] }),
    );
    expectError(dir, /methods\.yaml: entry \d+ repeats the key "qualitative"/);
  });

  it('refuse a key repeated across the files of one vocabulary', () => {
    const dir = dataWith('organisations-ngos.yaml', (e) => {
      byKey(e, 'ijm').key = 'iom';
    });
    expectError(
      dir,
      /organisations-ngos\.yaml: entry 1 \(key "iom"\), the key is already used by .* organisations-international\.yaml/,
    );
  });

  it('refuse an entry without a name', () => {
    const dir = dataWith('countries.yaml', (e) => {
      delete byKey(e, 'ph').name;
    });
    expectError(dir, /countries\.yaml: entry \d+ \(key "ph"\), field name/);
  });

  it('refuse a field of the wrong type', () => {
    const dir = dataWith('frameworks-actors.yaml', (e) => {
      byKey(e, 'archer-roles').aliases = 'Archer';
    });
    expectError(dir, /frameworks-actors\.yaml: entry 2 \(key "archer-roles"\), field aliases/);
  });

  it('refuse a misspelt field', () => {
    const dir = dataWith('organisations-ngos.yaml', (e) => {
      const ijm = byKey(e, 'ijm');
      ijm.alias = ijm.aliases;
    });
    expectError(dir, /organisations-ngos\.yaml: entry 1 \(key "ijm"\).*alias/);
  });

  it('refuse a key that is not lower-case words joined by "-"', () => {
    const dir = dataWith('methods.yaml', (e) => {
      byKey(e, 'qualitative').key = 'Qualitative Research';
    });
    expectError(dir, /methods\.yaml: entry 1 \(key "Qualitative Research"\), field key: a key is lower-case/);
  });

  it('refuse a broader framework that does not exist', () => {
    const dir = dataWith('frameworks-actors.yaml', (e) => {
      byKey(e, 'archer-roles').broader = 'role-of-ngos';
    });
    expectError(
      dir,
      /frameworks-actors\.yaml: entry 2 \(key "archer-roles"\), field broader: "role-of-ngos"/,
    );
  });

  it("refuse an organisation's country that does not exist", () => {
    const dir = dataWith('organisations-national.yaml', (e) => {
      byKey(e, 'ph-doj').country = 'xx';
    });
    expectError(dir, /organisations-national\.yaml: entry 2 \(key "ph-doj"\), field country: "xx"/);
  });

  it('refuse a mechanism key used twice in one framework', () => {
    const dir = dataWith('frameworks-actors.yaml', (e) => {
      const mechanisms = byKey(e, 'archer-roles').mechanisms as Entry[];
      mechanisms.push({ ...mechanisms[0], aliases: ['alat'] });
    });
    expectError(
      dir,
      /\(key "archer-roles"\), field mechanisms: the mechanism key "instrument" appears twice/,
    );
  });

  it('refuse an alias claimed by two entries of one vocabulary, whatever its spelling', () => {
    const dir = dataWith('organisations-ngos.yaml', (e) => {
      (byKey(e, 'ijm').aliases as string[]).push('international organisation for migration');
    });
    expectError(
      dir,
      /organisations-ngos\.yaml: entry 1 \(key "ijm"\), name or alias "international organisation for migration" is also .* \(key "iom"\)/,
    );
  });

  it('refuse a glossary term in two pairs', () => {
    const dir = dataWith('glossary-field.yaml', (e) => {
      (e[0]?.en as string[]).push('human trafficking');
    });
    expectError(dir, /term "human trafficking" is also a term of entry \d+ of glossary-trafficking\.yaml/);
  });

  it('refuse a file that is missing', () => {
    const dir = dataWith('methods.yaml', () => {});
    writeFileSync(path.join(dir, 'countries.yaml'), 'key: id\n');
    expectError(dir, /countries\.yaml: the file: .*array/i);
  });
});
