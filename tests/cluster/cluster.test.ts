// The real thing: HAProxy from Debian in front of two `next start` instances that share one PostgreSQL store, each
// with a data folder of its own as on separate machines, so the search index reaches them only through the store. What a balancer must not break: an edit made through one instance is seen by the other, two conflicting
// edits through both give one success and one 409, an ingest while serving reaches both instances, and a crashed
// instance costs no failed request once the health checks have taken it out.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '@/lib/cluster/start-cluster';
import type { ReadingListView } from '@/lib/reading-lists/types';
import { MARKER, markedAbstract } from './support/new-documents';
import { describeLoad, failed, runLoad } from './support/run-load';

const PORT = Number(process.env.CLUSTER_TEST_PORT ?? 3300);
const PG_PORT = Number(process.env.CLUSTER_TEST_PG_PORT ?? 5441);
// The store the instances share: a throwaway PostgreSQL, or (CLUSTER_TEST_STORE=sqlite) one SQLite file in a
// data folder they share.
const STORE = process.env.CLUSTER_TEST_STORE === 'sqlite' ? 'sqlite' : 'postgres';
// The balancer's health checks run every second: after one interval a dead instance has had its first failed check.
const CHECK_INTERVAL_MS = 1000;
const SEARCHES = [
  '/api/search?q=perdagangan+manusia',
  '/api/search?q=IOM',
  '/api/search?q=human+trafficking',
];

let root: string;
let corpus: string;
let cluster: Cluster;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'telaah-cluster-'));
  corpus = path.join(root, 'corpus');
  await cp('corpus', corpus, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TELAAH_DATA_DIR: path.join(root, 'data'),
    TELAAH_CORPUS_DIR: corpus,
  };
  delete env.DATABASE_URL; // the store is the one in the temp data folder, never a developer's
  cluster = await startCluster({
    instances: 2,
    port: PORT,
    host: '127.0.0.1',
    postgres: STORE === 'postgres',
    postgresPort: PG_PORT,
    env,
    log: (line) => console.log(`[cluster] ${line}`),
  });
}, 300_000);

afterAll(async () => {
  if (cluster) console.log(`[cluster] ${(await cluster.stop()).join('; ')}`);
  if (root) await rm(root, { recursive: true, force: true });
}, 60_000);

const instance = (n: 0 | 1) => {
  const found = cluster.instances[n];
  if (!found) throw new Error(`no instance ${n}`);
  return found;
};

async function call(base: string, method: string, route: string, body?: unknown, token?: string) {
  const response = await fetch(`${base}/api/reading-lists${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { list: ReadingListView; editToken: string },
  };
}

async function searchTotal(base: string, q: string): Promise<number> {
  const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

function runIngest(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'ingest'], { env: cluster.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe(`two instances behind HAProxy (${STORE})`, () => {
  it('serves a reading list made through one instance to edits through the other', async () => {
    const [a, b] = [instance(0).url, instance(1).url];
    const created = await call(a, 'POST', '', { title: 'Cluster list', course: 'HI 401' });
    expect(created.status).toBe(201);
    const { list, editToken } = created.body;
    const studyId = (await (await fetch(`${b}/api/search?q=IOM`)).json()) as { hits: { id: string }[] };
    const renamed = await call(
      b,
      'PATCH',
      `/${list.id}`,
      { version: list.version, title: 'Renamed on B' },
      editToken,
    );
    expect(renamed.status).toBe(200);
    const added = await call(b, 'POST', `/${list.id}/items`, { studyId: studyId.hits[0]?.id }, editToken);
    expect(added.status).toBe(201);
    const seenOnA = await call(a, 'GET', `/${list.id}`, undefined, editToken);
    expect(seenOnA.status).toBe(200);
    expect(seenOnA.body.list.title).toBe('Renamed on B');
    expect(seenOnA.body.list.version).toBe(list.version + 2);
    expect(seenOnA.body.list.sections.flatMap((s) => s.items)).toHaveLength(1);
  });

  it('gives one success and one 409 for two edits on the same version through both instances', async () => {
    const [a, b] = [instance(0).url, instance(1).url];
    const { list, editToken } = (await call(a, 'POST', '', { title: 'Contested list' })).body;
    for (let round = 0; round < 10; round++) {
      const version = list.version + round;
      const [viaA, viaB] = await Promise.all([
        call(a, 'PATCH', `/${list.id}`, { version, title: `A ${round}` }, editToken),
        call(b, 'PATCH', `/${list.id}`, { version, title: `B ${round}` }, editToken),
      ]);
      expect([viaA.status, viaB.status].sort()).toEqual([200, 409]);
      const winner = viaA.status === 200 ? `A ${round}` : `B ${round}`;
      // The refused edit gets the list as it now is, and the winner's edit is what the store holds.
      expect((viaA.status === 409 ? viaA : viaB).body.list.title).toBe(winner);
      const now = (await call(b, 'GET', `/${list.id}`, undefined, editToken)).body.list;
      expect({ title: now.title, version: now.version }).toEqual({ title: winner, version: version + 1 });
    }
  });

  it('serves new documents from both instances within 10 s of an ingest that ran under load', async () => {
    expect(await searchTotal(instance(0).url, MARKER)).toBe(0);
    const load = runLoad({
      baseUrl: cluster.balancerUrl,
      paths: [...SEARCHES, '/api/health'],
      connections: 4,
      durationMs: 25_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    for (const n of [1, 2, 3]) {
      const doc = markedAbstract(n);
      await writeFile(path.join(corpus, doc.name), doc.text);
    }
    const ingest = await runIngest();
    expect(ingest.code, ingest.output).toBe(0);
    const ingestEnded = Date.now();
    const seenAfter: Record<string, number> = {};
    while (Object.keys(seenAfter).length < 2 && Date.now() - ingestEnded < 15_000) {
      for (const { name, url } of cluster.instances)
        if (!(name in seenAfter) && (await searchTotal(url, MARKER)) === 3)
          seenAfter[name] = Date.now() - ingestEnded;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    console.log(`[cluster] new documents served ${JSON.stringify(seenAfter)} ms after the ingest ended`);
    expect(Object.keys(seenAfter).sort()).toEqual(['app1', 'app2']);
    expect(Math.max(...Object.values(seenAfter))).toBeLessThanOrEqual(10_000);
    const answers = await load;
    console.log(`[cluster] ${describeLoad('load during the ingest', answers)}`);
    expect(answers.length).toBeGreaterThan(100);
    expect(failed(answers)).toEqual([]);
    // Round robin: both instances answered during the load.
    expect(new Set(answers.map((a) => a.servedBy).filter(Boolean)).size).toBe(2);
  }, 90_000);

  it('keeps answering through the balancer when an instance is killed under load', async () => {
    const victim = instance(1);
    const survivor = instance(0);
    const load = runLoad({
      baseUrl: cluster.balancerUrl,
      paths: [...SEARCHES, '/api/health'],
      connections: 4,
      durationMs: 12_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const killedAt = Date.now();
    victim.process.kill();
    expect((await victim.process.exited).signal).toBe('SIGKILL');
    const answers = await load;
    const before = answers.filter((a) => a.at < killedAt);
    const firstInterval = answers.filter((a) => a.at >= killedAt && a.at < killedAt + CHECK_INTERVAL_MS);
    const after = answers.filter((a) => a.at >= killedAt + CHECK_INTERVAL_MS);
    console.log(
      `[cluster] ${describeLoad('before the kill', before)}; ${describeLoad('first check interval', firstInterval)}; ` +
        describeLoad('after it', after),
    );
    expect(before.length).toBeGreaterThan(20);
    expect(after.length).toBeGreaterThan(50);
    expect(failed(after)).toEqual([]);
    // Once the checks have taken the dead instance out (two failed checks), only the survivor answers.
    const settled = after.filter((a) => a.at >= killedAt + 3 * CHECK_INTERVAL_MS && a.servedBy !== undefined);
    expect(settled.length).toBeGreaterThan(5);
    expect(new Set(settled.map((a) => a.servedBy))).toEqual(new Set([survivor.port]));
  }, 60_000);
});
