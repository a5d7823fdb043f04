// A study as an OAI-PMH record: its header (identifier, datestamp, sets) and, for GetRecord and ListRecords, its
// metadata in the requested format.
import { formatOaiDatestamp } from './oai-dates';
import { OAI_DC, toOaiDc } from './oai-dc';
import { OaiError } from './oai-envelope';
import { toOaiIdentifier } from './oai-identifier';
import { studySetSpecs } from './oai-sets';
import { element, type XmlElement } from './oai-xml';
import type { OaiContext, OaiStudy } from './types';

/** Refuses every format but oai_dc, the only one Telaah serves. */
export function requireKnownFormat(metadataPrefix: string): void {
  if (metadataPrefix !== OAI_DC.prefix)
    throw new OaiError(
      'cannotDisseminateFormat',
      `The metadata format ${metadataPrefix} is not served here; use oai_dc.`,
    );
}

export function headerElement(study: OaiStudy, context: OaiContext): XmlElement {
  return element('header', {}, [
    element('identifier', {}, [toOaiIdentifier(context.repository, study.id)]),
    element('datestamp', {}, [formatOaiDatestamp(study.updatedAt)]),
    ...studySetSpecs(study).map((spec) => element('setSpec', {}, [spec])),
  ]);
}

export function recordElement(study: OaiStudy, context: OaiContext): XmlElement {
  return element('record', {}, [
    headerElement(study, context),
    element('metadata', {}, [toOaiDc(study, context.baseUrl)]),
  ]);
}
