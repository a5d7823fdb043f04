// The steps every way of starting Telaah runs before it serves: the vocabulary checked, the store migrated, the
// corpus ingested (unchanged files skipped) and the search index rebuilt when it does not match the store.
import path from 'node:path';
import { describeStorageError } from '../db/storage-errors';
import { databaseLocation, type Env } from '../env';
import { HARVEST_SOURCES_FILE } from '../ingest/corpus-files';
import {
  describeAdopted,
  describeCounts,
  describeIndex,
  describeNearDuplicates,
  describeOutcome,
} from '../ingest/report';
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
    ...describeAdopted(result).map((line) => `  ${line}`),
    ...describeNearDuplicates(result).map((line) => `  ${line}`),
    ...(await refreshHarvestSources(env)),
  ];
}

/**
 * Harvests the configured OAI-PMH sources, each bounded in time. A source that cannot be reached does not stop the
 * start: what earlier harvests stored is served, and the lines say what happened.
 */
async function refreshHarvestSources(env: Env): Promise<string[]> {
  if (env.TELAAH_HARVEST_ON_START === 'off') return [];
  const { readHarvestSources } = await import('../harvest/harvest-sources');
  const file = env.TELAAH_HARVEST_SOURCES ?? path.join(env.TELAAH_CORPUS_DIR, HARVEST_SOURCES_FILE);
  const sources = await readHarvestSources(file).catch((error: unknown) => {
    throw new PrepareStoreError((error as Error).message);
  });
  if (!sources.length) return [];
  const { runHarvest } = await import('../harvest/run-harvest');
  const { describeHarvest, describeProblem } = await import('../harvest/harvest-report');
  const lines: string[] = [];
  for (const source of sources) {
    try {
      const summary = await runHarvest({
        ...source,
        database: databaseLocation(env),
        maxSeconds: env.TELAAH_HARVEST_MAX_S,
        // A start should not wait long on a source that is down: one retry, then serve what is stored.
        client: { retries: 1 },
      });
      lines.push(
        ...describeHarvest(summary),
        ...summary.problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`),
      );
    } catch (error) {
      lines.push(`Harvest of ${source.url} failed (${(error as Error).message}); serving what is stored.`);
    }
  }
  return lines;
}
