// The cluster's children (app instances, the balancer, PostgreSQL's tools) run in their own process groups, so a
// stop reaches whatever they spawn themselves, and their output goes to one log file each.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedChild {
  name: string;
  pid: number;
  logFile: string;
  /** Settles when the process has exited, however it ended. */
  exited: Promise<ChildExit>;
  /** The exit, once it happened. */
  exit: ChildExit | null;
  /** Sends `signal` to the group, then SIGKILL after `graceMs`; resolves with how it ended. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ChildExit>;
  /** SIGKILL to the group at once: a crash, as the cluster test makes one. */
  kill(): void;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; logFile: string; cwd?: string },
): ManagedChild {
  const log = openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    env: options.env,
    cwd: options.cwd,
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = child.pid;
  const managed: ManagedChild = {
    name,
    pid,
    logFile: options.logFile,
    exit: null,
    exited: new Promise<ChildExit>((resolve) => {
      child.on('exit', (code, signal) => {
        managed.exit = { code, signal };
        resolve(managed.exit);
      });
      child.on('error', () => {
        managed.exit = { code: null, signal: null };
        resolve(managed.exit);
      });
    }),
    async stop(signal = 'SIGTERM', graceMs = 10_000) {
      if (managed.exit) return managed.exit;
      signalGroup(pid, signal);
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      const exit = await managed.exited;
      clearTimeout(timer);
      signalGroup(pid, 'SIGKILL'); // anything the child left behind in its group
      return exit;
    },
    kill() {
      signalGroup(pid, 'SIGKILL');
    },
  };
  return managed;
}

/** The last lines of a child's log, for an error message when it stopped by itself. */
export function logTail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function describeExit(exit: ChildExit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  // Node servers that handle SIGTERM/SIGINT exit with 128 + the signal's number.
  if (exit.code === 143 || exit.code === 130) return `stopped on ${exit.code === 143 ? 'SIGTERM' : 'SIGINT'}`;
  return `exit code ${exit.code}`;
}

/** Runs a command to its end; throws with its output when it fails. */
export function runOrThrow(what: string, command: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const run: SpawnSyncReturns<string> = spawnSync(command, args, { encoding: 'utf8', env });
  if (run.error) throw new Error(`${what}: ${run.error.message}`);
  if (run.status !== 0)
    throw new Error(`${what} failed (${command} ${args.join(' ')}):\n${run.stderr || run.stdout}`);
  return run.stdout;
}
