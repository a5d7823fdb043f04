import { z } from 'zod';

// The one declaration of what a vocabulary entry is: the data files in lib/vocabulary/data/ are checked against
// these schemas when they are read, and the TypeScript types in types.ts are inferred from them. Objects are
// strict, so a misspelt field ("alias" for "aliases") is an error rather than a silently ignored line.

/** Keys are public (URLs, facet values, curators' sidecar files): lower-case words joined by "-". */
export const vocabularyKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a key is lower-case letters and digits, words joined by "-"');

const text = z.string().regex(/\S/, 'must not be empty');
const texts = z.array(text);

export const langSchema = z.enum(['id', 'en']);

export const bilingualTextSchema = z.object({ en: text, id: text }).strict();

export const organisationKindSchema = z.enum([
  'igo',
  'ingo',
  'ngo',
  'regional',
  'un-agency',
  'government',
  'other',
]);

export const organisationSchema = z
  .object({
    key: vocabularyKey, // e.g. "iom"
    /** Canonical names, e.g. { en: "International Organization for Migration", id: "Organisasi Internasional untuk Migrasi" }. */
    name: bilingualTextSchema,
    acronym: text.optional(), // e.g. "IOM"
    kind: organisationKindSchema,
    /** Other names and spellings met in text (both languages), matched case-insensitively on word boundaries. */
    aliases: texts.default([]),
    /** Country key for national agencies (e.g. the Philippines' DSWD), absent for international bodies. */
    country: vocabularyKey.optional(),
  })
  .strict();

export const countrySchema = z
  .object({
    /** ISO 3166-1 alpha-2, lower case, e.g. "ph". */
    key: z.string().regex(/^[a-z]{2}$/, 'a country key is its ISO 3166-1 alpha-2 code in lower case'),
    name: bilingualTextSchema, // { en: "Philippines", id: "Filipina" }
    /** Other forms met in text: "Republic of the Philippines", "Pilipina". Demonyms are NOT aliases. */
    aliases: texts.default([]),
    region: text.optional(), // e.g. "Southeast Asia"
  })
  .strict();

export const mechanismSchema = z
  .object({ key: vocabularyKey, name: bilingualTextSchema, aliases: texts.min(1, 'list at least one alias') })
  .strict();

export const frameworkSchema = z
  .object({
    key: vocabularyKey, // e.g. "transnational-advocacy-networks"
    name: bilingualTextSchema,
    acronym: text.optional(), // "TAN"
    /** What the framework is, in our own words, one or two sentences per language. */
    summary: bilingualTextSchema,
    /** "Margaret E. Keck", "Kathryn Sikkink"; may be left out when a curator promotes a term not yet researched. */
    keyAuthors: texts.default([]),
    /** Mechanisms, roles or dimensions the framework names; each with its bilingual name and how to spot it in text. */
    mechanisms: z.array(mechanismSchema).default([]),
    unitOfAnalysis: bilingualTextSchema,
    /** Phrases that signal the framework is used, in either language (matched case-insensitively). */
    aliases: texts.min(1, 'list at least one phrase that signals the framework'),
    /** Family: "theory" for grand theories, "concept" for concepts used as analytical lenses. */
    family: z.enum(['theory', 'concept', 'approach']),
    /**
     * Key of a more general framework that this one specialises (Archer's roles specialise the generic "role of
     * international organisations" concept). When a study names both, the classifier keeps only the specific one.
     */
    broader: vocabularyKey.optional(),
  })
  .strict();

export const researchMethodSchema = z
  .object({
    key: vocabularyKey, // "qualitative", "descriptive", "literature-review", ...
    name: bilingualTextSchema,
    aliases: texts.min(1, 'list at least one alias'),
  })
  .strict();

/** The kinds the ingest emits; the code decides them, so the data file may rename them but not add any. */
export const documentKindKeySchema = z.enum([
  'thesis-abstract',
  'thesis',
  'journal-article',
  'conference-paper',
  'report',
  'unknown',
]);

export const documentKindSchema = z
  .object({ key: documentKindKeySchema, name: bilingualTextSchema })
  .strict();

/** One pair of the cross-language glossary: terms that mean the same in the field, in both languages. */
export const glossaryEntrySchema = z
  .object({
    /** First is the preferred term, the rest synonyms/acronyms: ["human trafficking", "trafficking in persons", "TIP"]. */
    en: texts.min(1, 'list at least one English term'),
    id: texts.min(1, 'list at least one Indonesian term'), // ["perdagangan manusia", "perdagangan orang", "TPPO"]
  })
  .strict();
