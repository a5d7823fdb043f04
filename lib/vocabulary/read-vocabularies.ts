import type { z } from 'zod';
import { checkVocabularies, type Located } from './check-vocabularies';
import { vocabularyDir } from '../env';
import { loadDataFile } from './load-data';
import {
  countrySchema,
  documentKindSchema,
  frameworkSchema,
  glossaryEntrySchema,
  organisationSchema,
  researchMethodSchema,
} from './schemas';
import type { Country, DocumentKind, Framework, GlossaryEntry, Organisation, ResearchMethod } from './types';

// Which data files make each vocabulary, in the order their entries are kept (the order frameworks are presented
// in, and the order the matchers see). A vocabulary spread over several files reads as one: keys and aliases are
// unique across all of them.
export const VOCABULARY_FILES = {
  organisations: [
    'organisations-international.yaml',
    'organisations-ngos.yaml',
    'organisations-national.yaml',
    'organisations-indonesia.yaml',
  ],
  countries: ['countries.yaml'],
  frameworks: [
    'frameworks-theories.yaml',
    'frameworks-actors.yaml',
    'frameworks-security.yaml',
    'frameworks-policy.yaml',
  ],
  methods: ['methods.yaml'],
  documentKinds: ['document-kinds.yaml'],
  glossary: ['glossary-trafficking.yaml', 'glossary-field.yaml'],
} as const;

export interface Vocabularies {
  organisations: Organisation[];
  countries: Country[];
  frameworks: Framework[];
  methods: ResearchMethod[];
  documentKinds: DocumentKind[];
  glossary: GlossaryEntry[];
}

function readAll<T>(files: readonly string[], schema: z.ZodType<T>, dir: string): Located<T>[] {
  return files.flatMap((file) =>
    loadDataFile(file, schema, dir).map((value, index) => ({ value, file, index })),
  );
}

const values = <T>(located: Located<T>[]): T[] => located.map((l) => l.value);

/**
 * Reads and checks every vocabulary from `dir` (default lib/vocabulary/data, or TELAAH_VOCABULARY_DIR). Throws VocabularyDataError naming
 * the file, the entry and the field of the first problem: nothing is returned from data that is partly wrong.
 */
export function readVocabularies(dir: string = vocabularyDir()): Vocabularies {
  const located = {
    organisations: readAll(VOCABULARY_FILES.organisations, organisationSchema, dir),
    countries: readAll(VOCABULARY_FILES.countries, countrySchema, dir),
    frameworks: readAll(VOCABULARY_FILES.frameworks, frameworkSchema, dir),
    methods: readAll(VOCABULARY_FILES.methods, researchMethodSchema, dir),
    documentKinds: readAll(VOCABULARY_FILES.documentKinds, documentKindSchema, dir),
    glossary: readAll(VOCABULARY_FILES.glossary, glossaryEntrySchema, dir),
  };
  checkVocabularies(located);
  return {
    organisations: values(located.organisations),
    countries: values(located.countries),
    frameworks: values(located.frameworks),
    methods: values(located.methods),
    documentKinds: values(located.documentKinds),
    glossary: values(located.glossary),
  };
}
