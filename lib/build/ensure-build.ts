import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { computeBuildFingerprint, FINGERPRINT_FILE, isBuildCurrent } from './fingerprint';

/**
 * Runs `next build` when the production build is missing or older than its sources, then records what it was
 * built from. Returns false when the build failed (its output went to the terminal).
 */
export async function ensureBuild(log: (line: string) => void = console.log): Promise<boolean> {
  if (await isBuildCurrent()) return true;
  log('Building the app (next build)...');
  // Fingerprinted before the build, so a file edited while it runs makes the next start build again.
  const fingerprint = await computeBuildFingerprint();
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) return false;
  await writeFile(FINGERPRINT_FILE, fingerprint);
  return true;
}
