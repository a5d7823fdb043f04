import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vocabularyDir } from '../env';

// A stored study is only as good as the parser and vocabularies that made it. The stamp is a digest of their
// sources, so that after an upgrade or a curator's vocabulary edit the next ingest parses every file again, as it
// would a changed file, instead of keeping records made by rules that no longer exist.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const INPUTS = ['lib/ingest', 'lib/vocabulary', 'lib/db/study-rows.ts'];
const SOURCE = /\.(ts|mts|mjs|js|json|ya?ml|txt)$/;

async function listSources(relative: string): Promise<string[]> {
  const absolute = path.join(ROOT, relative);
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => null);
  if (!entries) return SOURCE.test(relative) ? [relative] : [];
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.'))
      .map((e) =>
        e.isDirectory()
          ? listSources(`${relative}/${e.name}`)
          : SOURCE.test(e.name)
            ? [`${relative}/${e.name}`]
            : [],
      ),
  );
  return nested.flat();
}

let stamp: Promise<string> | undefined;

export function computeParserStamp(): Promise<string> {
  stamp ??= (async () => {
    // The vocabulary folder can be moved (TELAAH_VOCABULARY_DIR): its files count wherever they are.
    const inputs = [...INPUTS, path.relative(ROOT, vocabularyDir())];
    const files = [...new Set((await Promise.all(inputs.map(listSources))).flat())].sort();
    const hash = createHash('sha256');
    for (const file of files)
      hash
        .update(file)
        .update('\0')
        .update(await readFile(path.join(ROOT, file)))
        .update('\0');
    return hash.digest('hex').slice(0, 16);
  })();
  return stamp;
}
