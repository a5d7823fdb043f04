import { spawn } from 'node:child_process';
import path from 'node:path';

// `npm run ingest` and `npm run harvest` into the store of the server the Playwright config started, as a user adds
// documents beside a running installation. Run without blocking the test's event loop: a blocked loop misses the
// server closing an idle keep-alive connection, and the next request on it is reset.
const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabase = path.resolve(`data/e2e-${port}/telaah.db`);

interface ScriptRun {
  status: number | null;
  output: string;
}

export function ingest(corpusDir: string): Promise<ScriptRun> {
  return runScript('scripts/ingest.ts', ['--corpus', corpusDir, '--database', e2eDatabase]);
}

/** An OAI-PMH endpoint harvested into the same store, as a curator adds a journal. */
export function harvest(url: string, key: string, extra: string[] = []): Promise<ScriptRun> {
  const args = ['--url', url, '--key', key, '--database', e2eDatabase, '--delay-ms', '0', ...extra];
  return runScript('scripts/harvest.ts', args);
}

function runScript(script: string, args: string[]): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, CI: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}
