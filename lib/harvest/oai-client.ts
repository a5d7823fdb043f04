// Talks to one OAI-PMH endpoint the way a good harvester should: one request at a time with a pause between them,
// 503 answered by waiting as long as Retry-After asks (within reason), other transient failures (a network error,
// 5xx, 429, a response cut off before its end) retried with exponential backoff, and every wait bounded by the
// harvest's own deadline so a run never hangs on a server that keeps saying "later".
import { readOaiPage, type OaiPage } from './oai-page';

export interface OaiClientOptions {
  baseUrl: string;
  /** Pause between requests, so a harvest never hammers a small journal's server. */
  politenessMs?: number;
  /** Attempts after the first for a transient failure. */
  retries?: number;
  /** First backoff; doubles on each attempt. */
  backoffMs?: number;
  /** The longest Retry-After honoured; longer asks are capped to it. */
  maxRetryAfterMs?: number;
  /** A single request's limit. */
  timeoutMs?: number;
  /** No wait or request starts after this moment (ms since the epoch). */
  deadline?: number;
  userAgent?: string;
}

export class HarvestRequestError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'HarvestRequestError';
  }
}

export interface OaiResponse {
  page: OaiPage;
  /** The response as it came, for the verbs whose answer is read whole (Identify, ListMetadataFormats). */
  body: string;
  url: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retry-After as seconds or as an HTTP date, in ms; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export class OaiClient {
  private lastRequestAt = 0;
  private readonly options: Required<Omit<OaiClientOptions, 'deadline'>> & { deadline: number };

  constructor(options: OaiClientOptions) {
    this.options = {
      politenessMs: 1000,
      retries: 4,
      backoffMs: 2000,
      maxRetryAfterMs: 5 * 60_000,
      timeoutMs: 60_000,
      userAgent: 'Telaah-harvester/1.0 (OAI-PMH 2.0)',
      deadline: Number.POSITIVE_INFINITY,
      ...options,
    };
  }

  urlFor(params: Record<string, string>): string {
    const url = new URL(this.options.baseUrl);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  }

  private async wait(ms: number, why: string): Promise<void> {
    if (Date.now() + ms > this.options.deadline)
      throw new HarvestRequestError(`the harvest's time ran out while waiting (${why})`, true);
    if (ms > 0) await sleep(ms);
  }

  /** One OAI-PMH request, retried while its failure is transient; its answer read as a page. */
  async request(params: Record<string, string>): Promise<OaiResponse> {
    const url = this.urlFor(params);
    let lastProblem = '';
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      await this.wait(this.lastRequestAt + this.options.politenessMs - Date.now(), 'politeness delay');
      let delay = this.options.backoffMs * 2 ** attempt;
      try {
        const response = await this.fetchOnce(url);
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (response.status === 503 || response.status === 429 || response.status >= 500) {
          lastProblem = `HTTP ${response.status} ${response.statusText}`.trim();
          if (asked !== null) delay = Math.min(asked, this.options.maxRetryAfterMs);
        } else if (!response.ok) {
          throw new HarvestRequestError(`${url} answered HTTP ${response.status}`, false);
        } else {
          const body = await response.text();
          const page = readOaiPage(body);
          if (!page.truncated || attempt === this.options.retries) return { page, body, url };
          lastProblem = `the response was cut off before its end (${page.malformed})`;
        }
      } catch (error) {
        if (error instanceof HarvestRequestError) throw error;
        const cause = (error as Error & { cause?: Error }).cause;
        lastProblem = cause?.message
          ? `${(error as Error).message}: ${cause.message}`
          : (error as Error).message;
      } finally {
        this.lastRequestAt = Date.now();
      }
      if (attempt < this.options.retries) await this.wait(delay, `retrying after ${lastProblem}`);
    }
    throw new HarvestRequestError(
      `${url} failed ${this.options.retries + 1} times; last: ${lastProblem}`,
      true,
    );
  }

  private async fetchOnce(url: string): Promise<Response> {
    const response = await fetch(url, {
      headers: { 'user-agent': this.options.userAgent, accept: 'text/xml, application/xml' },
      // A slow answer must not outlast the harvest's own bound either.
      signal: AbortSignal.timeout(
        Math.max(1000, Math.min(this.options.timeoutMs, this.options.deadline - Date.now())),
      ),
      redirect: 'follow',
    });
    return response;
  }
}
