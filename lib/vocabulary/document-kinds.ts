// The kinds of document the corpus holds (data/document-kinds.yaml); keys are public (facet values in URLs).
import type { DocumentKind } from './types';
import { loadVocabularies } from './vocabularies';

export const documentKinds: DocumentKind[] = loadVocabularies().documentKinds;
