// Countries that Indonesian IR studies name (data/countries.yaml); keys are ISO 3166-1 alpha-2 codes in lower case.
import type { Country } from './types';
import { loadVocabularies } from './vocabularies';

export const countries: Country[] = loadVocabularies().countries;
