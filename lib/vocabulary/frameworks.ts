// The controlled vocabulary of theoretical frameworks, one data file per family of lenses (data/frameworks-*.yaml).
import type { Framework } from './types';
import { loadVocabularies } from './vocabularies';

export const frameworks: Framework[] = loadVocabularies().frameworks;
