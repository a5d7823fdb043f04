// The steps every way of starting Telaah runs before it serves: the vocabulary checked, the store migrated, the
// corpus ingested (unchanged files skipped) and the search index rebuilt when it does not match the store.
import { describeStorageError } from '../db/storage-errors';
import { databaseLocation, type Env } from '../env';
import { describeCounts, describeIndex, describeNearDuplicates, describeOutcome } from '../ingest/report';
import { vocabularyProblem } from '../vocabulary/vocabularies';

export class PrepareStoreError extends Error {}

/** Returns the lines to print; throws PrepareStoreError with the reason when nothing can be served. */
export async function prepareStore(env: Env): Promise<string[]> {
  // The ingest's classifier reads the vocabulary when it is imported, so the vocabulary is checked first: bad data
  // stops here with the file, entry and field at fault, before anything is ingested or served.
  const vocabulary = vocabularyProblem();
  if (vocabulary)
    throw new PrepareStoreError(`the vocabulary data is wrong; nothing was ingested.\n${vocabulary}`);
  const { runIngest } = await import('../ingest/run-ingest');
  const file = databaseLocation(env);
  const result = await runIngest({ corpusDir: env.TELAAH_CORPUS_DIR, database: file }).catch(
    (error: unknown) => {
      throw new PrepareStoreError(describeStorageError(error, file) ?? (error as Error).message);
    },
  );
  return [
    `Corpus: ${describeCounts(result)}. ${describeIndex(result)}`,
    ...result.outcomes
      .filter((o) => o.status === 'failed' || o.status === 'skipped')
      .map((o) => `  ${describeOutcome(o)}`),
    ...describeNearDuplicates(result).map((line) => `  ${line}`),
  ];
}
