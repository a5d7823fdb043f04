// Writes the XML of the OAI-PMH fixture server: the envelope, headers and oai_dc records, with the small
// differences between OJS, DSpace and EPrints that a harvester must survive.
import { type FixtureRecord, type FixtureShape, isEprints, isOjs } from './oai-fixture-records';

export type Granularity = 'YYYY-MM-DD' | 'YYYY-MM-DDThh:mm:ssZ';

export interface RenderOptions {
  shape: FixtureShape;
  granularity: Granularity;
  rawLtIn: ReadonlySet<string>; // identifiers whose description gets a raw '<'
  noTitleIn: ReadonlySet<string>; // identifiers written without dc:title
}

const OAI_NS = 'http://www.openarchives.org/OAI/2.0/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

export function formatStamp(datestamp: string, granularity: Granularity): string {
  const full = datestamp.length === 10 ? `${datestamp}T00:00:00Z` : datestamp;
  return granularity === 'YYYY-MM-DD' ? full.slice(0, 10) : full;
}

/** The document around a verb's answer; `request` holds the arguments that were valid enough to echo. */
export function wrapResponse(
  body: string,
  baseUrl: string,
  shape: FixtureShape,
  request: Record<string, string>,
): string {
  const origin = new URL(baseUrl).origin;
  const stylesheet = isOjs(shape)
    ? `<?xml-stylesheet type="text/xsl" href="${origin}/lib/pkp/xml/oai2.xsl" ?>\n`
    : '';
  const attributes = Object.entries(request)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n${stylesheet}` +
    `<OAI-PMH xmlns="${OAI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${OAI_NS} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n` +
    `\t<responseDate>${new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')}</responseDate>\n` +
    `\t<request${attributes}>${escapeXml(baseUrl)}</request>\n${body}\n</OAI-PMH>\n`
  );
}

export function renderError(code: string, message: string): string {
  return `\t<error code="${code}">${escapeXml(message)}</error>`;
}

export function renderHeader(record: FixtureRecord, granularity: Granularity): string {
  const status = record.deleted ? ' status="deleted"' : '';
  const sets = record.sets.map((s) => `\n\t\t\t<setSpec>${escapeXml(s)}</setSpec>`).join('');
  return (
    `\t\t<header${status}>\n\t\t\t<identifier>${escapeXml(record.identifier)}</identifier>\n` +
    `\t\t\t<datestamp>${formatStamp(record.datestamp, granularity)}</datestamp>${sets}\n\t\t</header>`
  );
}

function element(name: string, value: string, lang?: string, raw = false): string {
  const attribute = lang ? ` xml:lang="${escapeXml(lang)}"` : '';
  return `\t\t\t\t<dc:${name}${attribute}>${raw ? value : escapeXml(value)}</dc:${name}>`;
}

function renderOaiDc(record: FixtureRecord, options: RenderOptions): string {
  const dcNs =
    options.shape === 'eprints-dcterms' ? 'http://purl.org/dc/terms/' : 'http://purl.org/dc/elements/1.1/';
  const lines: string[] = [];
  if (!options.noTitleIn.has(record.identifier))
    lines.push(...record.titles.map((t) => element('title', t.value, t.lang)));
  lines.push(...record.creators.map((c) => element('creator', c)));
  lines.push(...record.subjects.map((s) => element('subject', s.value, s.lang)));
  record.descriptions.forEach((d, i) => {
    // The fault a broken OJS plugin or a pasted abstract produces: a comparison sign that nobody escaped.
    if (i === 0 && options.rawLtIn.has(record.identifier)) {
      lines.push(element('description', `${escapeXml(d.value)} Nilai p < 0,05 untuk n = 120.`, d.lang, true));
    } else lines.push(element('description', d.value, d.lang));
  });
  if (record.publisher) lines.push(element('publisher', record.publisher));
  if (options.shape === 'dspace7') {
    // DSpace maps dc.date.accessioned and dc.date.available to dc:date too, before the date of issue.
    const stamp = formatStamp(record.datestamp, 'YYYY-MM-DDThh:mm:ssZ');
    lines.push(element('date', stamp), element('date', stamp));
  }
  if (record.date) lines.push(element('date', record.date));
  lines.push(...record.types.map((t) => element('type', t)));
  if (isOjs(options.shape)) lines.push(element('format', 'application/pdf'));
  lines.push(...record.identifiers.map((i) => element('identifier', i)));
  lines.push(...record.sources.map((s) => element('source', s)));
  lines.push(...record.languages.map((l) => element('language', l)));
  if (isEprints(options.shape)) lines.push(element('relation', record.identifiers[0] ?? ''));
  return (
    `\t\t\t<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="${dcNs}" ` +
    `xmlns:xsi="${XSI}" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ ` +
    `http://www.openarchives.org/OAI/2.0/oai_dc.xsd">\n${lines.join('\n')}\n\t\t\t</oai_dc:dc>`
  );
}

/** A record; formats other than oai_dc get a stub element in their namespace, enough to page through. */
export function renderRecord(
  record: FixtureRecord,
  prefix: string,
  namespace: string,
  options: RenderOptions,
): string {
  const header = renderHeader(record, options.granularity);
  if (record.deleted) return `\t<record>\n${header}\n\t</record>`;
  const metadata =
    prefix === 'oai_dc' ? renderOaiDc(record, options) : `\t\t\t<record xmlns="${namespace}"/>`;
  return `\t<record>\n${header}\n\t\t<metadata>\n${metadata}\n\t\t</metadata>\n\t</record>`;
}
