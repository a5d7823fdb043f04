import { describe, expect, it } from 'vitest';
import { emptySegmentedDocument } from '@/lib/ingest/empty-document';
import { applySidecar, parseSidecar, SidecarError } from '@/lib/ingest/sidecar';
import type { ParsedDocument } from '@/lib/ingest/types';

const extracted = { source: 'extracted', start: 0, end: 4 } as const;

function parsedDocument(): ParsedDocument {
  return {
    sourceFile: 'a.txt',
    contentHash: 'h',
    decoded: { text: 'text', encoding: 'utf-8', lineEnding: 'lf' },
    clean: { text: 'text', repairs: [] },
    format: 'text',
    pages: [],
    comparisonTerms: { text: [], title: [] },
    ...emptySegmentedDocument(),
    title: { id: { value: 'Judul', provenance: extracted } },
    year: { value: 2020, provenance: extracted },
    kind: { value: 'thesis-abstract', provenance: extracted },
    languages: ['id'],
    subjects: [{ key: 'ijm', provenance: extracted }],
    actors: [],
    countries: [],
    period: null,
    frameworks: [],
    methods: [],
    figures: [],
  };
}

describe('curator sidecar files', () => {
  it('accepts a valid sidecar and lets curated values win with curated provenance', () => {
    const sidecar = parseSidecar(
      'title:\n  en: A Title\nyear: null\nperiod: { from: 2010, to: 2019 }\norganisations: [iom]\n',
      'a.meta.yaml',
    );
    const doc = applySidecar(parsedDocument(), sidecar, 'a.meta.yaml');
    expect(doc.title.en).toEqual({
      value: 'A Title',
      provenance: { source: 'curated', file: 'a.meta.yaml' },
    });
    expect(doc.title.id?.value).toBe('Judul');
    expect(doc.year).toBeNull();
    expect(doc.period?.value).toEqual({ from: 2010, to: 2019 });
    expect(doc.subjects.map((s) => s.key)).toEqual(['iom']);
  });

  it('names the file and the reason for invalid YAML', () => {
    expect(() => parseSidecar('title: [unclosed', 'bad.meta.yaml')).toThrow(
      /bad\.meta\.yaml: not valid YAML/,
    );
  });

  it('names every wrong key and type', () => {
    const error = (() => {
      try {
        parseSidecar('year: "soon"\nperiod: { from: 2020, to: 2010 }\ncolour: red\n', 'x.meta.yaml');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(SidecarError);
    expect(error?.message).toMatch(/year/);
    expect(error?.message).toMatch(/period/);
    expect(error?.message).toMatch(/colour/);
  });
});
