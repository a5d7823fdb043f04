// The frame every OAI-PMH response has: the namespace and schema, when it was answered, and the request it
// answers. Errors are answered with HTTP 200 and an <error> element, as the protocol requires.
import { formatOaiDatestamp } from './oai-dates';
import { element, renderXmlDocument, type XmlElement } from './oai-xml';

export const OAI_NAMESPACE = 'http://www.openarchives.org/OAI/2.0/';
const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';

export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noRecordsMatch'
  | 'noMetadataFormats'
  | 'noSetHierarchy';

/** A protocol error found while answering a verb; the handler renders it as the response. */
export class OaiError extends Error {
  constructor(
    readonly code: OaiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OaiError';
  }
}

export interface OaiEnvelope {
  responseDate: Date;
  baseUrl: string;
  /** The verb and arguments to echo; null for badVerb and badArgument, whose request element has none. */
  echo: Record<string, string> | null;
}

export function renderOaiResponse(envelope: OaiEnvelope, body: XmlElement[]): string {
  return renderXmlDocument(
    element(
      'OAI-PMH',
      {
        xmlns: OAI_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${OAI_NAMESPACE} ${OAI_SCHEMA}`,
      },
      [
        element('responseDate', {}, [formatOaiDatestamp(envelope.responseDate)]),
        element('request', envelope.echo ?? {}, [envelope.baseUrl]),
        ...body,
      ],
    ),
  );
}

export function errorElement(code: OaiErrorCode, message: string): XmlElement {
  return element('error', { code }, [message]);
}
