// `npm run harvest` as a curator runs it, and `npm start`'s refresh of the configured sources: arguments and the
// sources file validated with a message that names what is wrong, a summary and exit codes that tell a complete
// harvest from one with failures, and a start that goes on serving when a source cannot be reached.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv, toDatabaseUrl } from '@/lib/env';
import { prepareStore } from '@/lib/ops/prepare-store';
import { makeFixtureRecords } from '../helpers/oai-fixture-records';
import { startOaiFixtureServer, type OaiFixtureServer } from '../helpers/oai-fixture-server';
import { runCli } from '../helpers/run-cli';
import { makeWorkspace } from '../helpers/temp-corpus';

const harvestCli = (...args: string[]) => runCli('scripts/harvest.ts', args);

describe('the harvest command and the configured sources', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  let server: OaiFixtureServer;
  const records = makeFixtureRecords(12, { shape: 'eprints34', seed: 4 });

  beforeAll(async () => {
    ws = await makeWorkspace();
    server = await startOaiFixtureServer({ records, shape: 'eprints34', pageSize: 5 });
  });
  afterAll(async () => {
    await server?.close();
    await ws?.cleanup();
  });

  it('refuses bad arguments, naming the argument', async () => {
    const notUrl = await harvestCli('--url', 'jurnal.example/oai', '--database', ws.database);
    expect(notUrl.code).toBe(1);
    expect(notUrl.stderr).toMatch(/--url must be an http\(s\) address/);
    const badDate = await harvestCli('--url', server.url, '--from', '2024/01/01', '--database', ws.database);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/--from must be an OAI-PMH date/);
    const badFormat = await harvestCli('--url', server.url, '--format', 'mods', '--database', ws.database);
    expect(badFormat.stderr).toMatch(/--format must be one of: oai_dc/);
  }, 120_000);

  it('refuses a sources file with a wrong entry, naming the entry and field', async () => {
    const file = path.join(ws.root, 'sources.yaml');
    await writeFile(file, 'sources:\n  - url: https://ok.example/oai\n  - url: ftp://bad.example/oai\n');
    const result = await harvestCli('--sources', file, '--database', ws.database);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sources\.1\.url: must be an http\(s\) address/);
  }, 60_000);

  it('harvests with progress and a summary, and exits 2 when a record failed', async () => {
    server.setFaults([{ kind: 'no-title', identifier: records[3]!.identifier }]);
    const result = await harvestCli(
      '--url',
      server.url,
      '--key',
      'eprints',
      '--delay-ms',
      '0',
      '--database',
      ws.database,
    );
    expect(result.stdout).toMatch(/page 1: 5 records \(from 0 of 12\)/);
    expect(result.stdout).toMatch(
      /11 new, 0 updated, 0 unchanged, 0 merged with a file, 0 deleted, 1 failed/,
    );
    expect(result.stderr).toMatch(/page 1, record .*: the record has no title/);
    expect(result.code).toBe(2);
    server.setFaults([]);
  }, 120_000);

  it('lets npm start refresh the configured sources, and serve on when one cannot be reached', async () => {
    const file = path.join(ws.root, 'start-sources.yaml');
    await writeFile(
      file,
      `sources:\n  - url: ${server.url}\n    key: eprints\n  - url: http://127.0.0.1:3599/oai\n    key: gone\n`,
    );
    const env = readEnv({
      ...process.env,
      DATABASE_URL: toDatabaseUrl(ws.database),
      TELAAH_CORPUS_DIR: ws.corpusDir,
      TELAAH_HARVEST_SOURCES: file,
      TELAAH_HARVEST_MAX_S: '60',
    });
    // The record that failed before (no title) is asked for again: the failure kept the date where it was.
    const lines = await prepareStore(env);
    expect(lines.join('\n')).toMatch(
      /Harvested .* \(eprints\), every record, .*: 1 new, 0 updated, 11 unchanged, 0 merged with a file, 0 deleted, 0 failed\./,
    );
    expect(lines.join('\n')).toMatch(
      /Harvest of http:\/\/127\.0\.0\.1:3599\/oai failed .*; serving what is stored/,
    );
  }, 120_000);
});
