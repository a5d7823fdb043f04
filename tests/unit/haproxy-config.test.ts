// The balancer's configuration is checked by HAProxy itself (`haproxy -c`), not by matching our own strings.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHaproxyConfig } from '@/lib/cluster/haproxy-config';

describe('renderHaproxyConfig', () => {
  it('writes a configuration HAProxy accepts, with every instance health-checked', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'telaah-haproxy-'));
    try {
      const file = path.join(dir, 'haproxy.cfg');
      const servers = [1, 2, 3].map((n) => ({ name: `app${n}`, host: '127.0.0.1', port: 4000 + n }));
      await writeFile(
        file,
        renderHaproxyConfig({ bindHost: '127.0.0.1', port: 4000, adminSocket: path.join(dir, 's'), servers }),
      );
      const check = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' });
      expect(check.error, 'haproxy is not installed (Debian: apt-get install -y haproxy)').toBeUndefined();
      expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
      const config = await readFile(file, 'utf8');
      expect(config.match(/^\s+server app\d 127\.0\.0\.1:400\d check$/gm)).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
