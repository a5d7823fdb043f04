// One OAI-PMH request, from its arguments to the response document: parse, dispatch the verb, wrap the answer or
// the protocol error in the envelope. Storage failures are not protocol errors and propagate to the route.
import { getDb, type Db } from '../db/client';
import { readEnv } from '../env';
import { errorElement, OaiError, renderOaiResponse } from './oai-envelope';
import { repositoryIdentifier } from './oai-identifier';
import { listRecords } from './oai-list-records';
import { parseOaiRequest, type OaiRequest } from './oai-request';
import { defaultAdminEmail, getRecord, identify, listMetadataFormats, listSets } from './oai-verbs';
import type { XmlElement } from './oai-xml';
import type { OaiContext } from './types';

export interface OaiOptions {
  /** The app's public base URL (lib/http/public-base-url.ts), without /oai. */
  baseUrl: string;
  db?: Db;
  /** Records per list page; TELAAH_OAI_PAGE_SIZE (100) unless given. */
  pageSize?: number;
  adminEmail?: string;
  now?: Date;
}

function answer(request: OaiRequest, args: Record<string, string>, context: OaiContext): Promise<XmlElement> {
  switch (request.verb) {
    case 'Identify':
      return identify(context);
    case 'ListMetadataFormats':
      return listMetadataFormats(request.identifier, context);
    case 'ListSets':
      return listSets(request.resumptionToken, context);
    case 'GetRecord':
      return getRecord(request.identifier, request.metadataPrefix, context);
    case 'ListIdentifiers':
    case 'ListRecords':
      return listRecords(
        request.verb,
        'resumptionToken' in request ? request : { list: request.list, raw: args },
        context,
      );
  }
}

/** The response document for a request's arguments (query string or form body pairs, repeats kept). */
export async function handleOaiRequest(
  pairs: Iterable<[string, string]>,
  options: OaiOptions,
): Promise<string> {
  const responseDate = options.now ?? new Date();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const endpoint = `${baseUrl}/oai`;
  const parsed = parseOaiRequest(pairs);
  if (!parsed.ok)
    return renderOaiResponse({ responseDate, baseUrl: endpoint, echo: null }, [
      errorElement(parsed.code, parsed.message),
    ]);

  const repository = repositoryIdentifier(baseUrl);
  const env = readEnv();
  const context: OaiContext = {
    baseUrl,
    repository,
    adminEmail: options.adminEmail ?? env.TELAAH_ADMIN_EMAIL ?? defaultAdminEmail(repository),
    pageSize: options.pageSize ?? env.TELAAH_OAI_PAGE_SIZE,
    db: options.db ?? getDb(),
  };
  const echo = { verb: parsed.request.verb, ...parsed.arguments };
  try {
    const body = await answer(parsed.request, parsed.arguments, context);
    return renderOaiResponse({ responseDate, baseUrl: endpoint, echo }, [body]);
  } catch (error) {
    if (!(error instanceof OaiError)) throw error;
    return renderOaiResponse({ responseDate, baseUrl: endpoint, echo }, [
      errorElement(error.code, error.message),
    ]);
  }
}
