// The resident memory of the server under test, read from /proc (Linux): the process is found by the socket
// listening on the test port, since Playwright starts it through npx and tsx and knows no PID of the server itself.
import { readdir, readFile, readlink } from 'node:fs/promises';

async function listeningInode(port: number): Promise<string | null> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT, st 0A is LISTEN, the inode is column 10.
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A' && cols[9]) return cols[9];
    }
  }
  return null;
}

/** The PID of the process that listens on `port`, or null (not Linux, or not ours to see). */
export async function serverPid(port: number): Promise<number | null> {
  const inode = await listeningInode(port);
  if (!inode) return null;
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      if ((await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')) === `socket:[${inode}]`)
        return Number(pid);
    }
  }
  return null;
}

/** VmRSS of a process, in bytes. */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}
