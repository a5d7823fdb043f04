// The curated bilingual glossary behind cross-language search (data/glossary-*.yaml). Country and organisation
// names are not here: the search code derives those pairs from their own vocabularies.
import type { GlossaryEntry } from './types';
import { loadVocabularies } from './vocabularies';

export const glossary: GlossaryEntry[] = loadVocabularies().glossary;
