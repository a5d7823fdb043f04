import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { vocabularyDir } from '../env';

// The vocabularies and the ingest's other curated lists (boilerplate patterns, demonyms, ...) are data files a
// curator edits without code: YAML in lib/vocabulary/data/, each validated here when it is first read. A mistake
// is an error that names the file, the entry and the field, and nothing is classified with half a vocabulary: the
// ingest refuses to start rather than ingest wrongly.

export class VocabularyDataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'VocabularyDataError';
  }
}

/** "entry 3 (key "iom"), field aliases.2" from a zod issue path into a list of entries. */
function describePath(entries: unknown, issuePath: PropertyKey[]): string {
  const [index, ...rest] = issuePath;
  if (typeof index !== 'number') return issuePath.length ? `field ${issuePath.join('.')}` : 'the file';
  const entry = Array.isArray(entries) ? (entries[index] as { key?: unknown } | undefined) : undefined;
  const key = typeof entry?.key === 'string' ? ` (key "${entry.key}")` : '';
  return `entry ${index + 1}${key}${rest.length ? `, field ${rest.join('.')}` : ''}`;
}

/**
 * Reads one data file: a YAML list of entries, each checked by `entry`. Keys (when entries have one) must be
 * unique within the file. Throws VocabularyDataError naming what is wrong.
 */
export function loadDataFile<T>(fileName: string, entry: z.ZodType<T>, dir: string = vocabularyDir()): T[] {
  // The folder is chosen at run time (TELAAH_VOCABULARY_DIR) and read from the project folder by `next start`;
  // the comments keep Next's file tracing from pulling the whole project into the server bundle on its account.
  const file = path.join(/*turbopackIgnore: true*/ dir, fileName);
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(/*turbopackIgnore: true*/ file, 'utf8'));
  } catch (error) {
    throw new VocabularyDataError(
      fileName,
      `cannot be read as YAML (${(error as Error).message.split('\n')[0]})`,
    );
  }
  const result = z.array(entry).safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${describePath(parsed, issue.path)}: ${issue.message}`);
    throw new VocabularyDataError(fileName, problems.join('; '));
  }
  const seen = new Map<string, number>();
  result.data.forEach((value, index) => {
    const key = (value as { key?: unknown }).key;
    if (typeof key !== 'string') return;
    const first = seen.get(key);
    if (first !== undefined)
      throw new VocabularyDataError(
        fileName,
        `entry ${index + 1} repeats the key "${key}" of entry ${first + 1}`,
      );
    seen.set(key, index);
  });
  return result.data;
}
