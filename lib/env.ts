import path from 'node:path';
import { z } from 'zod';

// Every environment variable Telaah reads, validated in one place.
const envSchema = z.object({
  TELAAH_DATA_DIR: z.string().min(1).default('data'),
  // A SQLite file (file:./data/telaah.db, the default) or a PostgreSQL server (postgresql://user:pass@host/db).
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/,
      'DATABASE_URL must be a SQLite file URL such as file:./data/telaah.db or a postgresql:// URL',
    )
    .optional(),
  TELAAH_CORPUS_DIR: z.string().min(1).default('corpus'),
  // The OAI-PMH sources `npm start` refreshes before it serves (corpus/harvest-sources.yaml by default); "off"
  // skips the refresh (an instance with no network, or one whose harvests run on a schedule of their own).
  TELAAH_HARVEST_SOURCES: z.string().min(1).optional(),
  TELAAH_HARVEST_ON_START: z.enum(['on', 'off']).default('on'),
  // How long `npm start` lets each configured source's harvest run; the rest waits for the next start or run.
  TELAAH_HARVEST_MAX_S: z.coerce.number().int().positive().max(86_400).default(300),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TELAAH_INGEST_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  TELAAH_PARSE_TIMEOUT_S: z.coerce.number().positive().max(3600).optional(),
  // PDFs: the time budget of one PDF (OCR included), its size and page limits, and how many scanned pages OCR reads.
  TELAAH_PDF_TIMEOUT_S: z.coerce.number().positive().max(7200).default(300),
  TELAAH_PDF_MAX_MB: z.coerce.number().positive().max(2048).default(64),
  TELAAH_PDF_MAX_PAGES: z.coerce.number().int().min(1).max(100_000).default(500),
  TELAAH_OCR_MAX_PAGES: z.coerce.number().int().min(0).max(100_000).default(30),
  TELAAH_SEARCH_TEXT_MB: z.coerce.number().int().min(0).optional(),
  // The folder of the vocabulary data files; tests point it at a temp folder.
  TELAAH_VOCABULARY_DIR: z.string().min(1).default('lib/vocabulary/data'),
  // The OCR tools for scanned PDFs (lib/ingest/pdf/ocr.ts): a command on PATH or a path to the binary.
  TELAAH_TESSERACT: z.string().min(1).default('tesseract'),
  TELAAH_PDFTOPPM: z.string().min(1).default('pdftoppm'),
  // The address users reach Telaah at (e.g. https://telaah.example.ac.id), for every absolute link: exports, "cite
  // this", meta tags. Unset, each request's own host is used (lib/http/public-base-url.ts).
  TELAAH_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'TELAAH_PUBLIC_URL must be an absolute http(s) URL' })
    .refine((value) => !/[?#]/.test(value), 'TELAAH_PUBLIC_URL must have no query or fragment')
    .optional(),
  // The address OAI-PMH harvesters are told to write to (Identify's adminEmail, app/oai). Unset, a placeholder at
  // the public host is given (lib/oai/oai-verbs.ts).
  // Records per ListIdentifiers/ListRecords page of the OAI-PMH endpoint (a resumption token carries on).
  TELAAH_OAI_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  TELAAH_ADMIN_EMAIL: z.email({ error: 'TELAAH_ADMIN_EMAIL must be an e-mail address' }).optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The folder holding the database and the search index (git-ignored). */
export function dataDir(env: Env = readEnv()): string {
  return path.resolve(env.TELAAH_DATA_DIR);
}

/** The folder of the vocabularies' YAML files (lib/vocabulary/data of the project unless told otherwise). */
export function vocabularyDir(env: Env = readEnv()): string {
  return path.resolve(env.TELAAH_VOCABULARY_DIR);
}

/**
 * Where the store is, as one string: a PostgreSQL URL, or the absolute path of a SQLite file (DATABASE_URL's
 * `file:` path when given, else `<data dir>/telaah.db`). Scripts and tests pass such a string around.
 */
export function databaseLocation(env: Env = readEnv()): string {
  if (env.DATABASE_URL && isPostgresUrl(env.DATABASE_URL)) return env.DATABASE_URL;
  if (env.DATABASE_URL) return path.resolve(env.DATABASE_URL.slice('file:'.length));
  return path.join(dataDir(env), 'telaah.db');
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Where this process keeps the search index on disk. With SQLite it is the index itself, next to the database it
 * was built from; with PostgreSQL the index lives in the database and this folder is the instance's local copy.
 */
export function indexDir(database: string = databaseLocation(), env: Env = readEnv()): string {
  if (isPostgresUrl(database)) return path.join(dataDir(env), 'index-cache');
  return path.join(path.dirname(database), 'index');
}

/** A store location fit to print: a PostgreSQL URL without its password. */
export function describeLocation(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'the PostgreSQL database in DATABASE_URL';
  }
}

/** The DATABASE_URL that names a store location (for a child process, or the app's own client). */
export function toDatabaseUrl(location: string): string {
  return isPostgresUrl(location) ? location : `file:${location}`;
}
