// ListIdentifiers and ListRecords: the studies changed in [from, until] and in the set, a page at a time in
// (updatedAt, id) order. A list that needs more than one page carries a resumptionToken with the cursor and the
// list's size on every page, and an empty one on its last page.
import { countOaiStudies, listOaiStudies } from '../db/oai-studies';
import { OaiError } from './oai-envelope';
import { headerElement, recordElement, requireKnownFormat } from './oai-records';
import type { ListArguments, ListVerb } from './oai-request';
import { parseSetSpec } from './oai-sets';
import { decodeResumptionToken, encodeResumptionToken, type ListPosition } from './resumption-token';
import { element, type XmlElement } from './oai-xml';
import type { OaiContext, StudySelection } from './types';

type ListStart = { list: ListArguments; raw: Record<string, string> } | { resumptionToken: string };

type TokenList = ListPosition['list'];

const noRecords = () => new OaiError('noRecordsMatch', 'No record matches the arguments of this request.');

function toSelection(list: ListArguments): StudySelection | null {
  const set = list.set === undefined ? undefined : parseSetSpec(list.set);
  if (set === null) return null;
  return { from: list.from?.start, before: list.until?.end, set };
}

/** The raw from/until/set of the first request, for the token: the next request re-reads them the same way. */
function listArgumentsOf(raw: Record<string, string>, metadataPrefix: string): TokenList {
  return { metadataPrefix, from: raw.from, until: raw.until, set: raw.set };
}

export async function listRecords(
  verb: ListVerb,
  start: ListStart,
  context: OaiContext,
): Promise<XmlElement> {
  let list: ListArguments;
  let tokenList: TokenList;
  let cursor = 0;
  let after: { updatedAt: Date; id: string } | undefined;
  if ('resumptionToken' in start) {
    const resumed = decodeResumptionToken(start.resumptionToken, verb);
    if (!resumed)
      throw new OaiError('badResumptionToken', 'The resumptionToken is invalid or belongs to another verb.');
    list = resumed.list;
    tokenList = resumed.raw;
    cursor = resumed.cursor;
    after = resumed.after;
  } else {
    list = start.list;
    tokenList = listArgumentsOf(start.raw, list.metadataPrefix);
  }
  requireKnownFormat(list.metadataPrefix);
  const selection = toSelection(list);
  if (!selection) throw noRecords();

  // One more than a page tells whether another page follows without a second query.
  const studies = await listOaiStudies(selection, { take: context.pageSize + 1, after }, context.db);
  const page = studies.slice(0, context.pageSize);
  // A resumed list can come up empty when its last studies were removed since the previous page.
  if (page.length === 0) throw noRecords();
  const more = studies.length > page.length;
  const items = page.map((study) =>
    verb === 'ListRecords' ? recordElement(study, context) : headerElement(study, context),
  );

  const split = more || after !== undefined;
  if (split) {
    const last = page.at(-1);
    const completeListSize = String(await countOaiStudies(selection, context.db));
    const token =
      more && last
        ? encodeResumptionToken({
            verb,
            list: tokenList,
            cursor: cursor + page.length,
            after: { updatedAt: last.updatedAt, id: last.id },
          })
        : '';
    items.push(
      element('resumptionToken', { completeListSize, cursor: String(cursor) }, token ? [token] : []),
    );
  }
  return element(verb, {}, items);
}
