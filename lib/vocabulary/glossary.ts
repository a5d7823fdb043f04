// The curated bilingual glossary behind cross-language search. Country and organisation names are not here: the
// search code derives those pairs from their own vocabularies.
import { fieldGlossary } from './glossary-field';
import { traffickingGlossary } from './glossary-trafficking';
import type { GlossaryEntry } from './types';

export const glossary: GlossaryEntry[] = [...traffickingGlossary, ...fieldGlossary];
