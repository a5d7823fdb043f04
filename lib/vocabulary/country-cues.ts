// Demonyms, peoples and places that point to a country without naming it (data/country-cues.yaml): "Rohingya
// refugees" are from Myanmar, a study of Palu is a study in Indonesia. Checked when first read; every country key
// must be one of countries.yaml.
import { z } from 'zod';
import { countries } from './countries';
import { loadDataFile, VocabularyDataError } from './load-data';

const FILE = 'country-cues.yaml';
const form = z.string().regex(/\S/, 'must not be empty');

export const countryCueSchema = z
  .object({
    country: z.string().regex(/^[a-z]{2}$/, 'a country key is an ISO 3166-1 alpha-2 code in lower case'),
    demonyms: z.array(form).default([]),
    places: z.array(form).default([]),
    note: z.string().optional(),
  })
  .strict();

export type CountryCue = z.infer<typeof countryCueSchema>;

/** Reads and checks a country-cues file; `dir` is for tests. */
export function loadCountryCues(dir?: string): CountryCue[] {
  const loaded = loadDataFile(FILE, countryCueSchema, dir);
  const keys = new Set(countries.map((c) => c.key));
  loaded.forEach((cue, index) => {
    if (!keys.has(cue.country))
      throw new VocabularyDataError(
        FILE,
        `entry ${index + 1}, field country: "${cue.country}" is not a key of countries.yaml`,
      );
  });
  return loaded;
}

let cues: CountryCue[] | undefined;

export function getCountryCues(): CountryCue[] {
  cues ??= loadCountryCues();
  return cues;
}
