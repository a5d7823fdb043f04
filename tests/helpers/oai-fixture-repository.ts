// What a fixture repository says about itself: its path, its metadata formats (the ones OJS, DSpace and EPrints
// list), Identify and ListSets.
import { isEprints, isOjs, type FixtureRecord, type FixtureShape } from './oai-fixture-records';
import { escapeXml, formatStamp, type Granularity } from './oai-fixture-xml';

export interface Format {
  prefix: string;
  schema: string;
  namespace: string;
}

const format = (prefix: string, namespace: string, schema: string): Format => ({ prefix, namespace, schema });
const OAI_DC = format(
  'oai_dc',
  'http://www.openarchives.org/OAI/2.0/oai_dc/',
  'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
);
const METS = format('mets', 'http://www.loc.gov/METS/', 'http://www.loc.gov/standards/mets/mets.xsd');
const DIDL = format(
  'didl',
  'urn:mpeg:mpeg21:2002:02-DIDL-NS',
  'http://standards.iso.org/ittf/PubliclyAvailableStandards/MPEG-21_schema_files/did/didl.xsd',
);

export function formatsOf(shape: FixtureShape): Format[] {
  if (isOjs(shape)) {
    return [
      OAI_DC,
      format(
        'oai_marc',
        'http://www.openarchives.org/OAI/1.1/oai_marc',
        'http://www.openarchives.org/OAI/1.1/oai_marc.xsd',
      ),
      format(
        'marcxml',
        'http://www.loc.gov/MARC21/slim',
        'http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd',
      ),
      format(
        'rfc1807',
        'http://info.internet.isi.edu:80/in-notes/rfc/files/rfc1807.txt',
        'http://www.openarchives.org/OAI/1.1/rfc1807.xsd',
      ),
    ];
  }
  if (shape === 'dspace7') {
    return [
      OAI_DC,
      METS,
      format('xoai', 'http://www.lyncode.com/xoai', 'http://www.lyncode.com/xsd/xoai.xsd'),
      format('dim', 'http://www.dspace.org/xmlns/dspace/dim', 'http://www.dspace.org/schema/dim.xsd'),
      DIDL,
      format(
        'qdc',
        'http://purl.org/dc/terms/',
        'http://dublincore.org/schemas/xmls/qdc/2006/01/06/dcterms.xsd',
      ),
    ];
  }
  return [
    OAI_DC,
    DIDL,
    METS,
    format(
      'uketd_dc',
      'http://naca.central.cranfield.ac.uk/ethos-oai/2.0/',
      'http://naca.central.cranfield.ac.uk/ethos-oai/2.0/uketd_dc.xsd',
    ),
  ];
}

export function basePath(shape: FixtureShape): string {
  if (isOjs(shape)) return '/index.php/jurnal/oai';
  return shape === 'dspace7' ? '/server/oai/request' : '/cgi/oai2';
}

export function renderIdentify(
  records: FixtureRecord[],
  baseUrl: string,
  granularity: Granularity,
  repositoryName = 'Repositori Kajian Hubungan Internasional',
): string {
  const earliest =
    records.map((r) => formatStamp(r.datestamp, 'YYYY-MM-DDThh:mm:ssZ')).sort()[0] ?? '2015-01-01T00:00:00Z';
  const fields = {
    repositoryName,
    baseURL: baseUrl,
    protocolVersion: '2.0',
    adminEmail: 'admin@example.ac.id',
    earliestDatestamp: formatStamp(earliest, granularity),
    deletedRecord: 'persistent',
    granularity,
  };
  const body = Object.entries(fields).map(([name, value]) => `\t\t<${name}>${escapeXml(value)}</${name}>`);
  return `\t<Identify>\n${body.join('\n')}\n\t</Identify>`;
}

export function renderFormats(formats: Format[]): string {
  const list = formats.map(
    (f) =>
      `\t\t<metadataFormat>\n\t\t\t<metadataPrefix>${f.prefix}</metadataPrefix>\n\t\t\t<schema>${f.schema}</schema>\n` +
      `\t\t\t<metadataNamespace>${f.namespace}</metadataNamespace>\n\t\t</metadataFormat>`,
  );
  return `\t<ListMetadataFormats>\n${list.join('\n')}\n\t</ListMetadataFormats>`;
}

export function renderSets(specs: string[], shape: FixtureShape): string {
  // EPrints set specs are hex-encoded "field=value"; their names read back as the pair.
  const name = (spec: string) =>
    isEprints(shape) && /^[0-9A-F]+$/.test(spec) ? Buffer.from(spec, 'hex').toString() : `Set ${spec}`;
  const sets = specs.map(
    (s) =>
      `\t\t<set>\n\t\t\t<setSpec>${escapeXml(s)}</setSpec>\n\t\t\t<setName>${escapeXml(name(s))}</setName>\n\t\t</set>`,
  );
  return `\t<ListSets>\n${sets.join('\n')}\n\t</ListSets>`;
}
