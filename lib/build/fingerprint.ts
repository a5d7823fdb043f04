import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// The production build is reused while nothing it is made from has changed. Its inputs are hashed by content,
// so a fresh clone (new mtimes, same files) does not rebuild twice and an edited file always does.
const INPUT_DIRS = ['app', 'components', 'lib', 'public'];
const INPUT_FILES = [
  'package-lock.json',
  'next.config.js',
  'postcss.config.mjs',
  'tsconfig.json',
  'instrumentation.ts',
];
const SKIP = new Set(['node_modules', '.next', 'generated']);
export const FINGERPRINT_FILE = path.join('.next', 'telaah-build-fingerprint');

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !SKIP.has(e.name))
      .map((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])),
  );
  return nested.flat();
}

export async function computeBuildFingerprint(root = process.cwd()): Promise<string> {
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((d) => listFiles(path.join(root, d))))).flat(),
    ...INPUT_FILES.map((f) => path.join(root, f)).filter((f) => existsSync(f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

export async function isBuildCurrent(root = process.cwd()): Promise<boolean> {
  const stored = path.join(root, FINGERPRINT_FILE);
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(stored)) return false;
  return (await readFile(stored, 'utf8')).trim() === (await computeBuildFingerprint(root));
}
