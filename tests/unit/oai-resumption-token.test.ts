// Resumption tokens carry the list's arguments and the position of the next page; any change to them, or use
// under the other list verb, makes the token unreadable (badResumptionToken).
import { describe, expect, it } from 'vitest';
import { decodeResumptionToken, encodeResumptionToken, type ListPosition } from '@/lib/oai/resumption-token';

const position: ListPosition = {
  verb: 'ListRecords',
  list: { metadataPrefix: 'oai_dc', from: '2025-01-01', until: '2025-03-31', set: 'organisation:iom' },
  cursor: 100,
  after: { updatedAt: new Date('2025-02-03T04:05:06.789Z'), id: 'study_042' },
};

describe('resumption tokens', () => {
  it('round-trips the list and the position, and is URL-safe', () => {
    const token = encodeResumptionToken(position);
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    const resumed = decodeResumptionToken(token, 'ListRecords');
    expect(resumed).toMatchObject({ cursor: 100, after: position.after, raw: position.list });
    expect(resumed?.list.from?.start.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(resumed?.list.until?.end.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(resumed?.list.set).toBe('organisation:iom');
  });

  it('is refused under the other verb', () => {
    expect(decodeResumptionToken(encodeResumptionToken(position), 'ListIdentifiers')).toBeNull();
  });

  it('is refused when its body or fingerprint is changed, cut or extended', () => {
    const token = encodeResumptionToken(position);
    const [body = '', print = ''] = token.split('.');
    const json = Buffer.from(body, 'base64url').toString('utf8');
    const edited = Buffer.from(json.replace('"cursor":100', '"cursor":0'), 'utf8').toString('base64url');
    expect(decodeResumptionToken(`${edited}.${print}`, 'ListRecords')).toBeNull();
    expect(decodeResumptionToken(`${body}.${print.slice(1)}`, 'ListRecords')).toBeNull();
    expect(decodeResumptionToken(token.slice(0, -3), 'ListRecords')).toBeNull();
    expect(decodeResumptionToken(`${token}.x`, 'ListRecords')).toBeNull();
    expect(decodeResumptionToken(body, 'ListRecords')).toBeNull();
    expect(decodeResumptionToken('not a token', 'ListRecords')).toBeNull();
  });
});
