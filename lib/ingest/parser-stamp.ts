import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyDir } from '../env';

// A stored study is only as good as the parser and vocabularies that made it. The stamp is a digest of their
// sources, so that after an upgrade or a curator's vocabulary edit the next ingest parses every file again, as it
// would a changed file, instead of keeping records made by rules that no longer exist.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The search analyser makes the stored comparison terms.
const INPUTS = [
  'lib/ingest',
  'lib/vocabulary',
  'lib/db/study-rows.ts',
  'lib/search/analyse.ts',
  'lib/search/stopwords.ts',
];
const SOURCE = /\.(ts|mts|mjs|js|json|ya?ml|txt)$/;

async function listSources(root: string, relative: string): Promise<string[]> {
  const absolute = path.join(root, relative);
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => null);
  if (!entries) return SOURCE.test(relative) && existsSync(absolute) ? [relative] : [];
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) =>
        e.isDirectory()
          ? listSources(root, `${relative}/${e.name}`)
          : SOURCE.test(e.name)
            ? [`${relative}/${e.name}`]
            : [],
      ),
  );
  return nested.flat();
}

let stamp: Promise<string> | undefined;

/** Today's stamp (computed once per process); `root` and `vocabulary` are for tests. */
export function computeParserStamp(root?: string, vocabulary?: string): Promise<string> {
  if (root !== undefined) return digestSources(root, vocabulary ?? path.join(root, 'lib/vocabulary/data'));
  stamp ??= digestSources(ROOT, vocabularyDir());
  return stamp;
}

async function digestSources(root: string, vocabulary: string): Promise<string> {
  // The vocabulary folder can be moved (TELAAH_VOCABULARY_DIR): its files count wherever they are.
  const inputs = [...INPUTS, path.relative(root, vocabulary)];
  const files = [
    ...new Set((await Promise.all(inputs.map((input) => listSources(root, input)))).flat()),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}
