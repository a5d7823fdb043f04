import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../db/client';
import { exportStudies, type ExportRecord } from '../db/export-studies';
import { runIngest } from '../ingest/run-ingest';
import { answerKeySchema, scoreExport, type IngestScore } from './score-ingest';

/** Reads an answer key; an invalid one is an error naming the file and the entry. */
export async function readAnswerKey(file: string) {
  const parsed = answerKeySchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: entry ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Ingests a folder into a throwaway store, exports it and scores the export against the key. */
export async function evaluateIngest(corpusDir: string, keyFile: string): Promise<IngestScore> {
  const key = await readAnswerKey(keyFile);
  const root = await mkdtemp(path.join(os.tmpdir(), 'telaah-eval-'));
  try {
    const databaseFile = path.join(root, 'eval.db');
    await runIngest({ corpusDir, database: databaseFile });
    const db = openDb(databaseFile);
    const studies: ExportRecord[] = [];
    try {
      for await (const study of exportStudies(db)) studies.push(study);
    } finally {
      await db.$disconnect();
    }
    return scoreExport(key, studies);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
