// What GET /api/health reports: a load balancer sends traffic to an instance only while its database answers and
// its search index is loaded. Each probe has a time limit shorter than the balancer's check interval, so a hung
// database marks the instance down instead of piling up checks.
import { getDb } from '../db/client';
import { countStudies } from '../db/count-studies';
import { readEnv } from '../env';
import { getSearchIndex } from '../search/current-index';

const PROBE_TIMEOUT_MS = 800;

export interface HealthReport {
  ok: boolean;
  instance: { pid: number; port: number };
  /** Studies in the database; null when the database did not answer. */
  studies: number | null;
  /** Documents in the loaded search index; null when none is loaded. */
  indexDocuments: number | null;
  problems: string[];
}

function withTimeout<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function probe<T>(what: string, work: () => Promise<T>, problems: string[]): Promise<T | null> {
  try {
    return await withTimeout(what, work());
  } catch (error) {
    problems.push(`${what}: ${(error as Error).message}`);
    return null;
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const problems: string[] = [];
  const [studies, index] = await Promise.all([
    probe('database', () => countStudies(getDb()), problems),
    probe('search index', () => getSearchIndex(), problems),
  ]);
  return {
    ok: problems.length === 0,
    instance: { pid: process.pid, port: readEnv().PORT },
    studies,
    indexDocuments: index?.docCount ?? null,
    problems,
  };
}
