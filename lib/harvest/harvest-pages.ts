// The ListRecords conversation: the first request with the format, set and date, then one request per resumption
// token until the token comes back empty. What the protocol reports is told apart: noRecordsMatch is an empty
// harvest, not a failure; cannotDisseminateFormat, badResumptionToken and the rest end the run, saying why.
import { identifierIn } from './identifier-in';
import { listMetadataFormats } from './identify';
import { HarvestRequestError, type OaiClient } from './oai-client';
import { readRecord, RecordError, type HarvestedRecord } from './oai-dc-record';

export interface HarvestProblem {
  /** 1-based page of the list; null when the problem is not a page's. */
  page: number | null;
  /** Present for a record's problem: its identifier, or null when even that could not be read. */
  identifier?: string | null;
  message: string;
}

export interface PageEvent {
  page: number;
  records: number;
  cursor: number | null;
  completeListSize: number | null;
}

export interface PagesOptions {
  format: string;
  set?: string;
  from: string | null;
  maxRecords?: number;
  onPage?: (event: PageEvent) => void;
  onProblem: (problem: HarvestProblem) => void;
  onRecord: (record: HarvestedRecord, xml: string) => Promise<void>;
}

export interface PagesResult {
  pages: number;
  complete: boolean;
  stopped: string | null;
  /** The source's clock when the harvest began (the first page's responseDate). */
  startedAt: string | null;
}

async function describeFormats(client: OaiClient, format: string): Promise<string> {
  const offered = await listMetadataFormats(client).catch(() => null);
  return offered
    ? `the source does not offer the metadata format ${format}; it offers ${offered.join(', ') || 'none'}`
    : `the source does not offer the metadata format ${format}`;
}

export async function harvestPages(client: OaiClient, options: PagesOptions): Promise<PagesResult> {
  let params: Record<string, string> = {
    verb: 'ListRecords',
    metadataPrefix: options.format,
    ...(options.from ? { from: options.from } : {}),
    ...(options.set ? { set: options.set } : {}),
  };
  let startedAt: string | null = null;
  let seen = 0;
  const stop = (pages: number, why: string, page: number = pages): PagesResult => {
    options.onProblem({ page, message: why });
    return { pages, complete: false, stopped: `page ${page}: ${why}`, startedAt };
  };

  for (let page = 1; ; page++) {
    let response;
    try {
      response = await client.request(params);
    } catch (error) {
      if (!(error instanceof HarvestRequestError)) throw error;
      return stop(page - 1, error.message, page);
    }
    const { page: body } = response;
    if (page === 1) startedAt = body.responseDate;
    const error = body.errors[0];
    if (error?.code === 'noRecordsMatch') return { pages: page, complete: true, stopped: null, startedAt };
    if (error?.code === 'cannotDisseminateFormat')
      return stop(page, await describeFormats(client, options.format));
    if (error?.code === 'badResumptionToken')
      return stop(
        page,
        `the source refused the resumption token (expired or not valid): ${error.message || 'no reason given'}`,
      );
    if (error) return stop(page, `the source answered ${error.code}: ${error.message}`);
    if (body.malformed && !body.truncated)
      options.onProblem({
        page,
        message: `page ${page} is not well-formed XML (${body.malformed}); its records were read one by one`,
      });

    for (const chunk of body.records) {
      if (options.maxRecords !== undefined && seen >= options.maxRecords)
        return {
          pages: page,
          complete: false,
          stopped: `stopped after ${seen} records (the record bound)`,
          startedAt,
        };
      seen += 1;
      if (chunk.problem) {
        options.onProblem({
          page,
          identifier: identifierIn(chunk.xml),
          message: `not well-formed XML: ${chunk.problem}`,
        });
        continue;
      }
      let record: HarvestedRecord;
      try {
        record = readRecord(chunk.xml);
      } catch (failure) {
        if (!(failure instanceof RecordError)) throw failure;
        options.onProblem({ page, identifier: failure.identifier, message: failure.message });
        continue;
      }
      await options.onRecord(record, chunk.xml);
    }
    options.onPage?.({
      page,
      records: body.records.length,
      cursor: body.token?.cursor ?? null,
      completeListSize: body.token?.completeListSize ?? null,
    });
    if (body.truncated)
      return stop(
        page,
        `the response was cut off before its end on every attempt (${body.malformed}); the records before the cut were kept`,
      );
    if (!body.token?.value) return { pages: page, complete: true, stopped: null, startedAt };
    params = { verb: 'ListRecords', resumptionToken: body.token.value };
  }
}
