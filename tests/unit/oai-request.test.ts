// The protocol's argument rules: every way a request can be malformed maps to badVerb or badArgument.
import { describe, expect, it } from 'vitest';
import { handleOaiRequest } from '@/lib/oai/handle-oai-request';
import { parseOaiRequest, type ParsedOaiRequest } from '@/lib/oai/oai-request';

const parse = (query: string): ParsedOaiRequest => parseOaiRequest(new URLSearchParams(query));
const codeOf = (query: string) => {
  const parsed = parse(query);
  return parsed.ok ? 'ok' : parsed.code;
};

describe('parseOaiRequest', () => {
  it('accepts each verb with its arguments', () => {
    expect(parse('verb=Identify')).toMatchObject({ ok: true, request: { verb: 'Identify' } });
    expect(parse('verb=ListMetadataFormats&identifier=oai:x.org:1')).toMatchObject({
      ok: true,
      request: { verb: 'ListMetadataFormats', identifier: 'oai:x.org:1' },
    });
    expect(parse('verb=GetRecord&identifier=a&metadataPrefix=oai_dc')).toMatchObject({
      ok: true,
      arguments: { identifier: 'a', metadataPrefix: 'oai_dc' },
    });
    expect(parse('verb=ListSets&resumptionToken=t')).toMatchObject({
      ok: true,
      request: { verb: 'ListSets', resumptionToken: 't' },
    });
    expect(parse('verb=ListRecords&resumptionToken=t')).toMatchObject({
      ok: true,
      request: { verb: 'ListRecords', resumptionToken: 't' },
    });
  });

  it('reads from and until at either granularity, until covering its whole day or second', () => {
    const days = parse('verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-02-28&until=2024-02-29');
    if (!days.ok || !('list' in days.request)) throw new Error('expected a list request');
    expect(days.request.list.from?.start.toISOString()).toBe('2024-02-28T00:00:00.000Z');
    expect(days.request.list.until?.end.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    const seconds = parse('verb=ListRecords&metadataPrefix=oai_dc&until=2024-02-29T10:00:59Z&set=country:id');
    if (!seconds.ok || !('list' in seconds.request)) throw new Error('expected a list request');
    expect(seconds.request.list.until?.end.toISOString()).toBe('2024-02-29T10:01:00.000Z');
    expect(seconds.request.list.set).toBe('country:id');
  });

  it('is badVerb for a missing, unknown, empty or repeated verb', () => {
    expect(codeOf('metadataPrefix=oai_dc')).toBe('badVerb');
    expect(codeOf('verb=Harvest')).toBe('badVerb');
    expect(codeOf('verb=identify')).toBe('badVerb');
    expect(codeOf('verb=')).toBe('badVerb');
    expect(codeOf('verb=Identify&verb=Identify')).toBe('badVerb');
  });

  it('is badArgument for an illegal, missing, empty or repeated argument', () => {
    expect(codeOf('verb=Identify&set=x')).toBe('badArgument');
    expect(codeOf('verb=Identify&__proto__=x')).toBe('badArgument');
    expect(codeOf('verb=GetRecord&identifier=a')).toBe('badArgument');
    expect(codeOf('verb=GetRecord&identifier=&metadataPrefix=oai_dc')).toBe('badArgument');
    expect(codeOf('verb=ListRecords')).toBe('badArgument');
    expect(codeOf('verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc')).toBe('badArgument');
    expect(codeOf('verb=ListIdentifiers&metadataPrefix=oai_dc&identifier=a')).toBe('badArgument');
  });

  it('is badArgument when resumptionToken comes with another argument, or is empty', () => {
    expect(codeOf('verb=ListRecords&resumptionToken=t&metadataPrefix=oai_dc')).toBe('badArgument');
    expect(codeOf('verb=ListSets&resumptionToken=t&set=a')).toBe('badArgument');
    expect(codeOf('verb=ListIdentifiers&resumptionToken=')).toBe('badArgument');
    expect(codeOf('verb=GetRecord&resumptionToken=t')).toBe('badArgument');
  });

  it('is badArgument for a malformed or impossible date, mixed granularity, or from after until', () => {
    const list = 'verb=ListRecords&metadataPrefix=oai_dc';
    expect(codeOf(`${list}&from=2024-1-5`)).toBe('badArgument');
    expect(codeOf(`${list}&from=2023-02-30`)).toBe('badArgument');
    expect(codeOf(`${list}&until=2024-01-05T10:00:00`)).toBe('badArgument');
    expect(codeOf(`${list}&until=2024-01-05T10:00:00.000Z`)).toBe('badArgument');
    expect(codeOf(`${list}&from=2024-01-05&until=2024-01-06T00:00:00Z`)).toBe('badArgument');
    expect(codeOf(`${list}&from=2024-01-06&until=2024-01-05`)).toBe('badArgument');
    expect(codeOf(`${list}&from=2024-01-05&until=2024-01-05`)).toBe('ok');
  });
});

describe('handleOaiRequest on a malformed request', () => {
  it('answers in the envelope with an error and a request element without attributes', async () => {
    const xml = await handleOaiRequest(new URLSearchParams('verb=ListRecords&from=2024-01-01'), {
      baseUrl: 'https://telaah.example.ac.id/',
      now: new Date('2026-01-02T03:04:05.678Z'),
    });
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<OAI-PMH xmlns="http:\/\/www.openarchives.org\/OAI\/2.0\/"/,
    );
    expect(xml).toContain('<responseDate>2026-01-02T03:04:05Z</responseDate>');
    expect(xml).toContain('<request>https://telaah.example.ac.id/oai</request>');
    expect(xml).toContain('<error code="badArgument">Missing required argument: metadataPrefix.</error>');
  });
});
