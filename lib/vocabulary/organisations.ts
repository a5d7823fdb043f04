// Every organisation the classifier recognises: international bodies, NGOs and national agencies
// (data/organisations-*.yaml).
import type { Organisation } from './types';
import { loadVocabularies } from './vocabularies';

export const organisations: Organisation[] = loadVocabularies().organisations;
