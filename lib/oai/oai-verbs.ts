// The verbs that answer in one page: Identify, ListMetadataFormats, ListSets, GetRecord.
import { earliestStudyUpdate, getOaiStudy, listOaiSetValues } from '../db/oai-studies';
import { formatOaiDatestamp } from './oai-dates';
import { OAI_DC } from './oai-dc';
import { OaiError } from './oai-envelope';
import { followsOaiIdentifierScheme, parseOaiIdentifier, toOaiIdentifier } from './oai-identifier';
import { recordElement, requireKnownFormat } from './oai-records';
import { buildSets } from './oai-sets';
import { element, type XmlElement } from './oai-xml';
import type { OaiContext } from './types';

const OAI_IDENTIFIER_NAMESPACE = 'http://www.openarchives.org/OAI/2.0/oai-identifier';

/** Until curators set TELAAH_ADMIN_EMAIL: an address at the public host (the protocol requires one). */
export function defaultAdminEmail(repository: string): string {
  return followsOaiIdentifierScheme(repository) ? `admin@${repository}` : 'admin@localhost.localdomain';
}

export async function identify(context: OaiContext): Promise<XmlElement> {
  // An empty store has no datestamps; any date before every future one is true, so the epoch is given.
  const earliest = (await earliestStudyUpdate(context.db)) ?? new Date(0);
  const descriptions = followsOaiIdentifierScheme(context.repository)
    ? [
        element('description', {}, [
          element(
            'oai-identifier',
            {
              xmlns: OAI_IDENTIFIER_NAMESPACE,
              'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
              'xsi:schemaLocation': `${OAI_IDENTIFIER_NAMESPACE} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd`,
            },
            [
              element('scheme', {}, ['oai']),
              element('repositoryIdentifier', {}, [context.repository]),
              element('delimiter', {}, [':']),
              element('sampleIdentifier', {}, [toOaiIdentifier(context.repository, '001_example')]),
            ],
          ),
        ]),
      ]
    : [];
  return element('Identify', {}, [
    element('repositoryName', {}, ['Telaah']),
    element('baseURL', {}, [`${context.baseUrl}/oai`]),
    element('protocolVersion', {}, ['2.0']),
    element('adminEmail', {}, [context.adminEmail]),
    element('earliestDatestamp', {}, [formatOaiDatestamp(earliest)]),
    // Deleted studies leave no trace in the store, so the repository cannot say which ones went.
    element('deletedRecord', {}, ['no']),
    element('granularity', {}, ['YYYY-MM-DDThh:mm:ssZ']),
    ...descriptions,
  ]);
}

async function requireStudy(identifier: string, context: OaiContext) {
  const id = parseOaiIdentifier(context.repository, identifier);
  const study = id === null ? null : await getOaiStudy(id, context.db);
  if (!study) throw new OaiError('idDoesNotExist', `No item has the identifier ${identifier}.`);
  return study;
}

export async function listMetadataFormats(
  identifier: string | undefined,
  context: OaiContext,
): Promise<XmlElement> {
  // Every item is available as oai_dc, so an item that exists has exactly the repository's one format.
  if (identifier !== undefined) await requireStudy(identifier, context);
  return element('ListMetadataFormats', {}, [
    element('metadataFormat', {}, [
      element('metadataPrefix', {}, [OAI_DC.prefix]),
      element('schema', {}, [OAI_DC.schema]),
      element('metadataNamespace', {}, [OAI_DC.namespace]),
    ]),
  ]);
}

export async function listSets(
  resumptionToken: string | undefined,
  context: OaiContext,
): Promise<XmlElement> {
  // The sets fit in one response, so no token is ever issued and none can be valid.
  if (resumptionToken !== undefined)
    throw new OaiError(
      'badResumptionToken',
      'ListSets is answered in one response; this token is not one of ours.',
    );
  const sets = buildSets(await listOaiSetValues(context.db));
  // The schema wants at least one set in a ListSets answer; a store with no curated values yet has none.
  if (sets.length === 0)
    throw new OaiError('noSetHierarchy', 'No study has a curated organisation, country or framework yet.');
  return element(
    'ListSets',
    {},
    sets.map((set) =>
      element('set', {}, [element('setSpec', {}, [set.setSpec]), element('setName', {}, [set.setName])]),
    ),
  );
}

export async function getRecord(
  identifier: string,
  metadataPrefix: string,
  context: OaiContext,
): Promise<XmlElement> {
  const study = await requireStudy(identifier, context);
  requireKnownFormat(metadataPrefix);
  return element('GetRecord', {}, [recordElement(study, context)]);
}
