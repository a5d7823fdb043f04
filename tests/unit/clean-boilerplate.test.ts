// The page-chrome step: data-driven patterns (lib/vocabulary/data/boilerplate.yaml) that remove what aggregator,
// repository and journal pages wrap around a document, keep the original as repairs, and never eat text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '@/lib/ingest/clean';
import { dropBoilerplate } from '@/lib/ingest/clean/boilerplate';
import { splitLines } from '@/lib/ingest/clean/lines';
import { mapText } from '@/lib/ingest/clean/mapped-text';
import {
  boilerplateEntrySchema,
  boilerplatePatterns,
  compileBoilerplate,
} from '@/lib/vocabulary/boilerplate';
import { loadDataFile, VocabularyDataError } from '@/lib/vocabulary/load-data';
import { KNOWN_NAMES, decodedOf } from './clean-helpers';

const clean = (text: string) => cleanText(decodedOf(text), { knownNames: KNOWN_NAMES });
const kept = (text: string) =>
  dropBoilerplate(splitLines(mapText(text)), text).kept.map((l) => l.content.text);

describe('page chrome removal', () => {
  it('removes a viewer page counter and download buttons and keeps the text between them', () => {
    const text = [
      'Anda di halaman 1dari 9',
      'Download as docx, pdf, or txt',
      '',
      'ABSTRAK',
      '',
      'Penelitian ini membahas peran UNICEF di Kamboja.',
    ].join('\n');
    expect(kept(text)).toEqual(['ABSTRAK', 'Penelitian ini membahas peran UNICEF di Kamboja.']);
  });

  it('keeps every removal as a boilerplate repair holding the original text', () => {
    const text =
      'Skip to main content Skip to main navigation menu\nLogin\n\nJudul artikel yang panjang sekali';
    const result = clean(text);
    const removed = result.repairs.filter((r) => r.kind === 'boilerplate');
    expect(removed.map((r) => r.original)).toEqual([
      'Skip to main content Skip to main navigation menu',
      'Login',
    ]);
    for (const r of removed)
      expect(text.slice(r.originalStart, r.originalStart + r.original.length)).toBe(r.original);
    expect(result.text).toBe('Judul artikel yang panjang sekali');
  });

  it('removes a menu word only beside other chrome, never alone in the text', () => {
    expect(kept('Kata pengantar\n\nSearch\n\nHasil penelitian')).toContain('Search');
    expect(kept('Open Journal Systems\nSearch\nLogin')).toEqual([]);
  });

  it('removes a repository menu bar on one line, with or without bars between the items', () => {
    expect(kept('Repositori Contoh\nHome About Browse by Year Browse by Subject Login\n\nJudul')).toEqual([
      'Repositori Contoh',
      'Judul',
    ]);
    expect(kept('Home | Browse | Help | Sign on to: My DSpace | Edit Profile')).toEqual([]);
    expect(kept('Home of the displaced: refugees in the city')).toHaveLength(1);
  });

  it("removes an index record's site header and info panel, the publish date with its label", () => {
    const text = [
      'GARUDA - Garba Rujukan Digital',
      'Search: Articles',
      '',
      'Judul Artikel tentang Kerja Sama Maritim',
      'Article Info',
      'Publish Date',
      '3 Mar 2022',
      '',
      'Abstract',
    ].join('\n');
    expect(kept(text)).toEqual(['Judul Artikel tentang Kerja Sama Maritim', 'Abstract']);
  });

  it("removes a DSpace record's tab labels in the Indonesian interface", () => {
    expect(kept('Repositori Contoh\nItem Lengkap\n\nFakultas Ilmu Sosial')).toEqual([
      'Repositori Contoh',
      'Fakultas Ilmu Sosial',
    ]);
  });

  it('takes the citation under "How to Cite" with it', () => {
    const text =
      'How to Cite\nPutra, B. (2024). Judul. Jurnal Contoh, 3(1), 1-9.\nIssue\nVol. 3 No. 1 (2024): Maret';
    expect(kept(text)).toEqual([]);
  });

  it('removes a related-documents list only when it ends as such lists end', () => {
    const list =
      'Dokumen terkait\nBAB I PENDAHULUAN\nDAFTAR PUSTAKA\nMenampilkan lebih banyak ( 12 Halaman )';
    expect(kept(list)).toEqual([]);
    expect(kept('Dokumen terkait\nBAB I PENDAHULUAN')).toEqual(['BAB I PENDAHULUAN']);
  });

  it('cuts a "View of" wrapper and a journal site name off the title they wrap', () => {
    expect(kept('View of Peran IOM dalam Penanganan Pengungsi di Medan')).toEqual([
      'Peran IOM dalam Penanganan Pengungsi di Medan',
    ]);
    expect(kept('Peran IOM di Medan | Jurnal Contoh Hubungan Internasional')).toEqual(['Peran IOM di Medan']);
  });

  it('splits a DOI glued to the abstract heading and a journal header run into a title in capitals', () => {
    expect(kept('DOI: https://doi.org/10.1234/abc.v1i2.33Abstract')).toEqual([
      'DOI: https://doi.org/10.1234/abc.v1i2.33',
      'Abstract',
    ]);
    expect(kept('Jurnal Contoh Vol. 2 No. 1 Juni 2021 15 PERAN UNHCR DALAM PENANGANAN PENGUNGSI')).toEqual([
      'Jurnal Contoh Vol. 2 No. 1 Juni 2021 15',
      'PERAN UNHCR DALAM PENANGANAN PENGUNGSI',
    ]);
  });

  it('lets a sentence cut by an advertisement slot join up again', () => {
    const result = clean('Penelitian ini membahas peran\nadvertisement\norganisasi internasional di Asia.');
    expect(result.text).toBe('Penelitian ini membahas peran organisasi internasional di Asia.');
  });

  it('never removes a sentence that merely mentions chrome words', () => {
    const text = 'Penulis mengunduh dokumen (Download as PDF) dan membaca How to Cite pada laman jurnal.';
    expect(kept(text)).toEqual([text]);
  });

  it('strips a repository link glued to the heading that follows it', () => {
    expect(kept('Show full item recordAbstract')).toEqual(['Abstract']);
  });
});

describe('boilerplate data file', () => {
  it('loads, each entry with a note', () => {
    expect(boilerplatePatterns().length).toBeGreaterThan(20);
  });

  it('names the file and the entry whose pattern does not compile', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'telaah-boilerplate-'));
    writeFileSync(
      path.join(dir, 'boilerplate.yaml'),
      "- key: ok\n  match: line\n  pattern: 'Login'\n  note: menu\n- key: broken\n  match: line\n  pattern: '(unclosed'\n  note: x\n",
    );
    expect(() => loadDataFile('boilerplate.yaml', boilerplateEntrySchema, dir)).toThrow(VocabularyDataError);
    expect(() => loadDataFile('boilerplate.yaml', boilerplateEntrySchema, dir)).toThrow(
      /boilerplate\.yaml: entry 2 \(key "broken"\), field pattern/,
    );
  });

  it('anchors a whole-line pattern at both ends', () => {
    const [pattern] = compileBoilerplate([
      boilerplateEntrySchema.parse({ key: 'x', match: 'line', pattern: 'Login', note: 'menu' }),
    ]);
    expect(pattern?.regex.test('Login')).toBe(true);
    expect(pattern?.regex.test('Login to read more')).toBe(false);
  });

  it('tries a pattern only on lines that hold its hint', () => {
    const patterns = compileBoilerplate([
      boilerplateEntrySchema.parse({
        key: 'x',
        match: 'line',
        pattern: '.{0,40} - Viewer',
        hint: 'viewer',
        note: 'n',
      }),
    ]);
    const lines = (text: string) => splitLines(mapText(text));
    expect(dropBoilerplate(lines('Judul dokumen - Viewer'), '', patterns).kept).toEqual([]);
    expect(patterns[0]?.hints).toEqual(['viewer']);
  });
});
