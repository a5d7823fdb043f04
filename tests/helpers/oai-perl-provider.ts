// Starts tests/support/oai-perl-provider.pl, an OAI-PMH provider built on Perl's HTTP::OAI, on fixture records:
// a second, independent implementation for the harvester to meet, so its tests do not only agree with our own
// fixture server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FixtureRecord } from './oai-fixture-records';

const SCRIPT = path.resolve(import.meta.dirname, '../support/oai-perl-provider.pl');
const READY = /^listening on (\S+)$/m;

export interface PerlOaiProvider {
  url: string;
  close(): Promise<void>;
}

/** Whether perl with HTTP::OAI (Debian libhttp-oai-perl) is installed, so tests can skip without it. */
export function hasPerlOai(): boolean {
  return spawnSync('perl', ['-MHTTP::OAI', '-MJSON::PP', '-e', '1'], { stdio: 'ignore' }).status === 0;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function startPerlOaiProvider(
  records: FixtureRecord[],
  port = 0,
  options: { pageSize?: number; timeoutMs?: number } = {},
): Promise<PerlOaiProvider> {
  const dir = mkdtempSync(path.join(tmpdir(), 'telaah-oai-perl-'));
  const file = path.join(dir, 'records.json');
  writeFileSync(file, JSON.stringify(records));
  const child = spawn('perl', [SCRIPT, file, String(port), String(options.pageSize ?? 100)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cleanUp = async () => {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(
        () => reject(new Error(`The Perl OAI provider did not start: ${output}`)),
        options.timeoutMs ?? 15_000,
      );
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = READY.exec(output);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The Perl OAI provider exited (${code}): ${output}`));
      });
    });
    // Listening is not answering: one Identify proves the modules loaded and the records were read.
    const identify = await fetch(`${url}?verb=Identify`);
    if (!(await identify.text()).includes('<Identify>'))
      throw new Error('The Perl OAI provider does not answer Identify');
    return { url, close: cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
