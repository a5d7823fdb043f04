// Resumption tokens in the three styles the fixture server imitates: OJS keeps an opaque random-looking key on the
// server, DSpace packs the request into "prefix/from/until/set/offset", EPrints writes a query string (with '=' and
// '&', which a harvester must URL-encode). All three decode to the same list state.
import { createHash } from 'node:crypto';
import type { FixtureShape } from './oai-fixture-records';
import { isOjs } from './oai-fixture-records';

export interface ListState {
  prefix: string;
  from?: string;
  until?: string;
  set?: string;
  offset: number;
}

export class TokenCodec {
  private readonly kept = new Map<string, ListState>();
  private issued = 0;

  constructor(private readonly shape: FixtureShape) {}

  encode(state: ListState): string {
    if (isOjs(this.shape)) {
      const token = createHash('md5')
        .update(`${JSON.stringify(state)}#${this.issued++}`)
        .digest('hex');
      this.kept.set(token, state);
      return token;
    }
    if (this.shape === 'dspace7') {
      return [state.prefix, state.from ?? '', state.until ?? '', state.set ?? '', state.offset].join('/');
    }
    const query = new URLSearchParams({ metadataPrefix: state.prefix, offset: String(state.offset) });
    for (const name of ['from', 'until', 'set'] as const) {
      const value = state[name];
      if (value !== undefined) query.set(name, value);
    }
    return query.toString();
  }

  /** The state a token stands for, or undefined when it is not one this server could have issued. */
  decode(token: string): ListState | undefined {
    if (isOjs(this.shape)) return this.kept.get(token);
    if (this.shape === 'dspace7') {
      const parts = token.split('/');
      if (parts.length !== 5) return undefined;
      const [prefix, from, until, set, offset] = parts as [string, string, string, string, string];
      if (!prefix || !/^\d+$/.test(offset)) return undefined;
      return {
        prefix,
        from: from || undefined,
        until: until || undefined,
        set: set || undefined,
        offset: Number(offset),
      };
    }
    if (!token.includes('metadataPrefix=')) return undefined;
    const query = new URLSearchParams(token);
    const prefix = query.get('metadataPrefix');
    const offset = query.get('offset');
    if (!prefix || !offset || !/^\d+$/.test(offset)) return undefined;
    const optional = (name: string) => query.get(name) ?? undefined;
    return {
      prefix,
      from: optional('from'),
      until: optional('until'),
      set: optional('set'),
      offset: Number(offset),
    };
  }
}
