import path from 'node:path';
import { readEnv, vocabularyDir } from '../env';
import { boilerplatePatterns } from './boilerplate';
import { getFrameworkCues } from './framework-cues';
import { VocabularyDataError } from './load-data';
import { readVocabularies, type Vocabularies } from './read-vocabularies';

// The vocabularies of this process, read once from the data folder (lib/vocabulary/data, or TELAAH_VOCABULARY_DIR)
// on first use. Server code only: it reads files, so client components must never import it.

let loaded: Vocabularies | undefined;

/** Every vocabulary, checked; throws VocabularyDataError when a data file is wrong. */
export function loadVocabularies(): Vocabularies {
  loaded ??= readVocabularies(vocabularyDir(readEnv()));
  return loaded;
}

/**
 * What is wrong with the vocabulary data, or undefined when it is fine: the command-line entry points ask this
 * before they import the ingest, so a bad file stops them with one clear line instead of a stack trace.
 */
export function vocabularyProblem(): string | undefined {
  try {
    loadVocabularies();
    // The other curated lists are read lazily by the steps that use them, so a mistake there would fail every
    // document one by one; reading them here stops the run before it starts instead.
    boilerplatePatterns();
    getFrameworkCues();
    return undefined;
  } catch (error) {
    // The file's path as the curator would open it: "lib/vocabulary/data/countries.yaml: entry 3 ...".
    if (error instanceof VocabularyDataError)
      return path.join(path.relative(process.cwd(), vocabularyDir(readEnv())), error.message);
    throw error;
  }
}
