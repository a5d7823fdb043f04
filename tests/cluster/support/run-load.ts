// A bounded load for the cluster test: a few connections, each sending requests one after another for a fixed
// time, every answer recorded with when it came and which instance served it (GET /api/health says so).

export interface LoadAnswer {
  /** Milliseconds since the epoch when the answer (or the failure) came. */
  at: number;
  path: string;
  status: number | null;
  error?: string;
  /** The instance's port, for /api/health answers. */
  servedBy?: number;
}

export interface LoadOptions {
  baseUrl: string;
  paths: string[];
  connections: number;
  durationMs: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadAnswer[]> {
  const answers: LoadAnswer[] = [];
  const end = Date.now() + options.durationMs;
  let turn = 0;
  const worker = async () => {
    while (Date.now() < end) {
      const path = options.paths[turn++ % options.paths.length] ?? '/';
      try {
        const response = await fetch(`${options.baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
        const body = (await response.json()) as { instance?: { port?: number } };
        answers.push({ at: Date.now(), path, status: response.status, servedBy: body.instance?.port });
      } catch (error) {
        answers.push({ at: Date.now(), path, status: null, error: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return answers;
}

export const failed = (answers: LoadAnswer[]) => answers.filter((a) => a.status !== 200);

export function describeLoad(label: string, answers: LoadAnswer[]): string {
  const bad = failed(answers);
  const kinds = [...new Set(bad.map((a) => a.error ?? `status ${a.status}`))].slice(0, 3);
  return `${label}: ${answers.length} requests, ${bad.length} failed${kinds.length ? ` (${kinds.join('; ')})` : ''}`;
}
