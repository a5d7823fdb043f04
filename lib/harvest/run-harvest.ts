// A harvest of one OAI-PMH source into the store: Identify, then ListRecords page by page along the resumption
// tokens, each record stored, merged, removed or reported on its own, so one bad record or page costs only itself.
// It starts where the last complete harvest of the source began (by the source's clock); a run that does not get
// to the end of the list (a bad token, a cut response, its time or record bound) keeps what it stored but does not
// move that date, so the next run covers the rest. Writes happen under the store's ingest lock, and the search
// index is rebuilt (and on PostgreSQL published) when anything changed.
import { COMPARISON_ROWS_SQL, comparisonInput, type ComparisonRow } from '../db/near-duplicate-pairs';
import { finishHarvestRun, listHarvestedRecords, upsertHarvestSource } from '../db/harvest-records';
import { listStoredHashes } from '../db/stored-hashes';
import { computeParserStamp } from '../ingest/parser-stamp';
import {
  lockStore,
  refreshIndexes,
  withOpenStore,
  type IndexRefresh,
  type StoreSession,
} from '../ingest/store-session';
import { StudyIdAllocator } from '../ingest/study-ids';
import { harvestPages, type HarvestProblem, type PageEvent } from './harvest-pages';
import { sourceKeyOf, type HarvestSource } from './harvest-sources';
import { identify, inGranularity } from './identify';
import { OaiClient, type OaiClientOptions } from './oai-client';
import { storeRecord, type RecordContext, type RecordStatus } from './store-record';

export interface HarvestOptions extends HarvestSource {
  database: string;
  /** Harvest everything again, not only what changed since the last complete harvest. */
  full?: boolean;
  /** Stop after this many records (the run is then incomplete and the next one goes on from the same date). */
  maxRecords?: number;
  /** Stop waiting for or asking the source after this long. */
  maxSeconds?: number;
  client?: Omit<OaiClientOptions, 'baseUrl' | 'deadline'>;
  indexDir?: string;
  onRecord?: (event: { identifier: string; status: RecordStatus; error?: string }) => void;
  onPage?: (event: PageEvent) => void;
}

export interface HarvestSummary extends IndexRefresh {
  source: string;
  repositoryName: string;
  /** The date this run asked from; null for everything. */
  from: string | null;
  counts: Record<RecordStatus, number>;
  pages: number;
  problems: HarvestProblem[];
  /** The run reached the end of the list: the next one starts from this run's start. */
  complete: boolean;
  /** Why an incomplete run stopped. */
  stopped: string | null;
  changed: boolean;
}

export async function runHarvest(options: HarvestOptions): Promise<HarvestSummary> {
  const release = await lockStore(options.database);
  try {
    return await withOpenStore(options.database, (session) => harvestInto(session, options));
  } finally {
    await release();
  }
}

async function recordContext(session: StoreSession, key: string, name: string): Promise<RecordContext> {
  const studies = await listStoredHashes(session.db);
  const ids = new StudyIdAllocator();
  for (const study of studies.values()) ids.keep(study.sourceFile, study.id);
  const rows = await session.db.$queryRawUnsafe<ComparisonRow[]>(COMPARISON_ROWS_SQL);
  const fileStudies = rows
    .filter((row) => studies.get(row.sourceFile)?.format !== 'harvest')
    .map(comparisonInput);
  return {
    session,
    origin: { key, name },
    parserStamp: await computeParserStamp(),
    known: await listHarvestedRecords(session.db, key),
    studies,
    ids,
    fileStudies,
  };
}

async function harvestInto(session: StoreSession, options: HarvestOptions): Promise<HarvestSummary> {
  const key = sourceKeyOf(options);
  const deadline = options.maxSeconds ? Date.now() + options.maxSeconds * 1000 : Number.POSITIVE_INFINITY;
  const client = new OaiClient({ ...options.client, baseUrl: options.url, deadline });
  const about = await identify(client);
  const name = options.name ?? about.repositoryName;
  const source = await upsertHarvestSource(session.db, {
    key,
    baseUrl: options.url,
    setSpec: options.set ?? null,
    metadataPrefix: options.format,
    repositoryName: about.repositoryName,
  });
  const since = options.from ?? (options.full ? null : source.harvestedUntil);
  const from = since ? inGranularity(since, about.granularity) : null;
  const context = await recordContext(session, key, name);

  const counts: Record<RecordStatus, number> = {
    new: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    deleted: 0,
    failed: 0,
  };
  const problems: HarvestProblem[] = [];
  const result = await harvestPages(client, {
    format: options.format,
    set: options.set,
    from,
    maxRecords: options.maxRecords,
    onPage: options.onPage,
    onProblem: (problem) => {
      problems.push(problem);
      if (problem.identifier !== undefined) {
        counts.failed += 1;
        options.onRecord?.({
          identifier: problem.identifier ?? '?',
          status: 'failed',
          error: problem.message,
        });
      }
    },
    onRecord: async (record, xml) => {
      try {
        const { status } = await storeRecord(context, record, xml);
        counts[status] += 1;
        options.onRecord?.({ identifier: record.identifier, status });
      } catch (error) {
        const message = `could not be stored: ${(error as Error).message}`;
        problems.push({ page: null, identifier: record.identifier, message });
        counts.failed += 1;
        options.onRecord?.({ identifier: record.identifier, status: 'failed', error: message });
      }
    },
  });

  const changed = counts.new + counts.updated + counts.merged + counts.deleted > 0;
  const summary = { source: key, repositoryName: name, from, counts, pages: result.pages, problems };
  await finishHarvestRun(session.db, key, {
    // A record that failed is asked for again by the next run only if the date stays where it was.
    harvestedUntil: result.complete && counts.failed === 0 ? (result.startedAt ?? undefined) : undefined,
    // Plain JSON: the summary as the store keeps it, the problems capped so one broken feed cannot bloat the row.
    outcome: JSON.parse(
      JSON.stringify({
        ...summary,
        problems: problems.slice(0, 100),
        complete: result.complete,
        stopped: result.stopped,
      }),
    ),
  });
  const refresh = await refreshIndexes(session, { changed, indexDir: options.indexDir });
  return { ...summary, ...refresh, complete: result.complete, stopped: result.stopped, changed };
}
