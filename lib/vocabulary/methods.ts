// Research methods, designs and data sources as abstracts name them (data/methods.yaml).
import type { ResearchMethod } from './types';
import { loadVocabularies } from './vocabularies';

export const methods: ResearchMethod[] = loadVocabularies().methods;
