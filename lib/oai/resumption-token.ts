// Resumption tokens: the list request's own arguments plus where the next page starts, so the server keeps no
// state between pages (any instance behind the balancer can answer the next one). The next page starts after the
// last record sent, by (updatedAt, id), not at an offset: a record edited mid-harvest moves to the end of the list
// and is sent again, where an offset would make the record after it slide back onto a page already sent.
// A fingerprint of the rest makes a token that was cut, edited or pasted under another verb a badResumptionToken.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseOaiDate } from './oai-dates';
import type { ListArguments, ListVerb } from './oai-request';

const payloadSchema = z.strictObject({
  v: z.literal(1),
  verb: z.enum(['ListIdentifiers', 'ListRecords']),
  metadataPrefix: z.string().min(1),
  from: z.string().optional(),
  until: z.string().optional(),
  set: z.string().optional(),
  /** How many records of the list came before the next page. */
  cursor: z.number().int().min(0),
  after: z.strictObject({ updatedAt: z.iso.datetime(), id: z.string().min(1) }),
});
type TokenPayload = z.infer<typeof payloadSchema>;

export interface ListPosition {
  verb: ListVerb;
  /** The list's arguments as the harvester first sent them. */
  list: { metadataPrefix: string; from?: string; until?: string; set?: string };
  cursor: number;
  after: { updatedAt: Date; id: string };
}

export interface ResumedList {
  list: ListArguments;
  /** The list's arguments as first sent, for the next token. */
  raw: ListPosition['list'];
  cursor: number;
  after: { updatedAt: Date; id: string };
}

function fingerprint(body: string): string {
  return createHash('sha256').update(`telaah-oai-token\n${body}`).digest('base64url').slice(0, 22);
}

export function encodeResumptionToken(position: ListPosition): string {
  const payload: TokenPayload = {
    v: 1,
    verb: position.verb,
    ...position.list,
    cursor: position.cursor,
    after: { updatedAt: position.after.updatedAt.toISOString(), id: position.after.id },
  };
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${fingerprint(body)}`;
}

/** The list and position a token names, or null when it is not one of ours for this verb. */
export function decodeResumptionToken(token: string, verb: ListVerb): ResumedList | null {
  const [body, print, extra] = token.split('.');
  if (!body || !print || extra !== undefined || print !== fingerprint(body)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.verb !== verb) return null;
  const { metadataPrefix, from, until, set, cursor, after } = parsed.data;
  const fromDate = from === undefined ? undefined : parseOaiDate(from);
  const untilDate = until === undefined ? undefined : parseOaiDate(until);
  if (fromDate === null || untilDate === null) return null;
  return {
    list: { metadataPrefix, from: fromDate, until: untilDate, set },
    raw: { metadataPrefix, from, until, set },
    cursor,
    after: { updatedAt: new Date(after.updatedAt), id: after.id },
  };
}
