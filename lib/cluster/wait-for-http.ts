import { describeExit, logTail, type ManagedChild } from './child-process';

/**
 * Polls `url` until it answers 200. Fails when `timeoutMs` passes, or at once when the child meant to answer
 * exits (with the end of its log, which says why).
 */
export async function waitForHttp(url: string, timeoutMs: number, child?: ManagedChild): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child?.exit)
      throw new Error(
        `${child.name} stopped (${describeExit(child.exit)}) before ${url} answered:\n${logTail(child.logFile)}`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (${last})`);
}
