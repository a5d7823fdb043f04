// Runs one tool as a child process: an argument array (never a shell), stdout read under a byte limit, and an
// AbortSignal that kills the child. The promise settles only once the child has exited and its pipes are closed,
// so a caller that awaits every run it started knows nothing it started is still running.
import { spawn } from 'node:child_process';

const STDERR_TAIL_BYTES = 4096;

export type ProcessFailureKind = 'not-found' | 'exit' | 'too-large' | 'spawn';

/** A run that did not end well; `kind` tells a missing binary from a crash or a flood of output. */
export class ProcessFailure extends Error {
  constructor(
    readonly kind: ProcessFailureKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ProcessFailure';
  }
}

export interface RunOptions {
  signal: AbortSignal;
  maxStdoutBytes: number;
  env?: NodeJS.ProcessEnv;
}

export interface RunOutput {
  stdout: string;
  stderr: string;
}

/** Runs `command args`; rejects with `signal.reason` when aborted (after the child has exited). */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<RunOutput> {
  const { signal, maxStdoutBytes } = options;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = Buffer.alloc(0);
    let tooLarge = false;
    let spawnError: NodeJS.ErrnoException | null = null;

    const kill = () => child.kill('SIGKILL');
    signal.addEventListener('abort', kill, { once: true });

    child.stdout.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdoutBytes) {
        tooLarge = true;
        stdout.length = 0;
        kill();
      } else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const joined = Buffer.concat([stderr, chunk]);
      stderr = joined.subarray(Math.max(0, joined.length - STDERR_TAIL_BYTES));
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError ??= error;
    });
    // 'close' follows 'error' too when the spawn itself failed (code -2 for ENOENT), so every path ends here.
    child.on('close', (code, killedBy) => {
      signal.removeEventListener('abort', kill);
      const name = command.split('/').pop() ?? command;
      const errText = stderr.toString('utf8').trim();
      if (signal.aborted) reject(signal.reason);
      else if (spawnError?.code === 'ENOENT')
        reject(new ProcessFailure('not-found', `${name} was not found (${command})`, { cause: spawnError }));
      else if (spawnError)
        reject(
          new ProcessFailure('spawn', `${name} could not be run: ${spawnError.message}`, {
            cause: spawnError,
          }),
        );
      else if (tooLarge)
        reject(new ProcessFailure('too-large', `${name} printed more than ${maxStdoutBytes} bytes`));
      else if (code !== 0) {
        const how = killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`;
        reject(new ProcessFailure('exit', `${name} ${how}${errText ? `: ${lastLines(errText)}` : ''}`));
      } else resolve({ stdout: Buffer.concat(stdout).toString('utf8'), stderr: errText });
    });
  });
}

function lastLines(text: string): string {
  return text.split('\n').slice(-3).join(' / ');
}
