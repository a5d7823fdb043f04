// One OAI-PMH response, read defensively. Repositories send pages that are not well-formed (a raw "<" or "&" in an
// abstract is common in OJS feeds), and fast-xml-parser does not throw on those: it silently drops data. So every
// page is validated first; a page that is not well-formed but ends properly is read record by record, so one bad
// record costs only itself, and a page that stops before its end (a cut connection) is reported as truncated.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface OaiProtocolError {
  code: string;
  message: string;
}

export interface ResumptionToken {
  value: string;
  cursor: number | null;
  completeListSize: number | null;
  expirationDate: string | null;
}

/** A record's own XML, cut from the page, and what went wrong with it if it cannot be read. */
export interface RecordChunk {
  xml: string;
  problem: string | null;
}

export interface OaiPage {
  responseDate: string | null;
  errors: OaiProtocolError[];
  records: RecordChunk[];
  /** null: no token element (a list that fits one page); value '': the last page of a split list. */
  token: ResumptionToken | null;
  /** Why the page as a whole is not well-formed XML (its records were then read one by one). */
  malformed: string | null;
  /** The page stops before its closing </OAI-PMH>: the response was cut off. */
  truncated: boolean;
}

const ATTRIBUTES = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
} as const;

/** The parser options OAI-PMH needs (see OAI-PMH-FACTS): attributes kept (xml:lang), values left as strings. */
export function oaiParser(isArray: (name: string, path: string) => boolean): XMLParser {
  return new XMLParser({
    ...ATTRIBUTES,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    htmlEntities: false,
    // Asked of attributes too: an attribute is never a list (else xml:lang would come back as ['id']).
    isArray: (name, jpath, _isLeaf, isAttribute) => !isAttribute && isArray(name, String(jpath)),
  });
}

const envelopeParser = oaiParser((name) => name === 'error' || name.endsWith(':error'));

function describeInvalid(result: true | { err: { msg: string; line: number; col: number } }): string | null {
  return result === true ? null : `${result.err.msg} (line ${result.err.line}, column ${result.err.col})`;
}

/** A qualified name without its prefix: OAI-PMH's own elements usually have none, sometimes one ("oai:record"). */
export function localName(name: string): string {
  return name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
}

/** Cuts the page's <record> elements out of it, counting nested records of the same name. */
export function cutRecords(xml: string): string[] {
  const tag = /<(\/?)((?:[\w.-]+:)?record)(?=[\s/>])[^>]*?(\/?)>/g;
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let name = '';
  for (const match of xml.matchAll(tag)) {
    const [whole, closing, qualified, selfClosing] = match;
    if (depth === 0) {
      if (closing || selfClosing) continue;
      start = match.index;
      name = qualified as string;
      depth = 1;
    } else if (qualified === name) {
      if (closing) depth -= 1;
      else if (!selfClosing) depth += 1;
      if (depth === 0) out.push(xml.slice(start, match.index + whole.length));
    }
  }
  return out;
}

/** All the text of a parsed value, however it nests (an abstract that kept its <p> elements unescaped). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !key.startsWith('@_'))
      .map(([, inner]) => textOf(inner))
      .join(' ');
  return '';
}

function attributeOf(value: unknown, name: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const attribute = (value as Record<string, unknown>)[`@_${name}`];
  return typeof attribute === 'string' ? attribute : null;
}

function numberOrNull(text: string | null): number | null {
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function tokenOf(value: unknown): ResumptionToken {
  return {
    value: textOf(value).trim(),
    cursor: numberOrNull(attributeOf(value, 'cursor')),
    completeListSize: numberOrNull(attributeOf(value, 'completeListSize')),
    expirationDate: attributeOf(value, 'expirationDate'),
  };
}

/** The element of `parent` with this local name, whatever its prefix. */
export function childNamed(parent: unknown, name: string): unknown {
  if (!parent || typeof parent !== 'object') return undefined;
  for (const [key, value] of Object.entries(parent)) if (localName(key) === name) return value;
  return undefined;
}

function readEnvelope(xml: string): Pick<OaiPage, 'responseDate' | 'errors' | 'token'> {
  const root = childNamed(envelopeParser.parse(xml), 'OAI-PMH');
  const errors = ((childNamed(root, 'error') as unknown[] | undefined) ?? []).map((e) => ({
    code: attributeOf(e, 'code') ?? 'unknown',
    message: textOf(e).trim(),
  }));
  let token: unknown;
  for (const verb of ['ListRecords', 'ListIdentifiers', 'ListSets']) {
    const list = childNamed(root, verb);
    if (list !== undefined) token = childNamed(list, 'resumptionToken');
  }
  const responseDate = textOf(childNamed(root, 'responseDate')).trim() || null;
  return { responseDate, errors, token: token === undefined ? null : tokenOf(token) };
}

/** Salvages what a page that is not well-formed still says: its date, its error codes, its token. */
function salvageEnvelope(xml: string): Pick<OaiPage, 'responseDate' | 'errors' | 'token'> {
  const date = /<(?:[\w-]+:)?responseDate>([^<]*)</.exec(xml)?.[1]?.trim() ?? null;
  const errors = [...xml.matchAll(/<(?:[\w-]+:)?error\s+code="([^"]*)"[^>]*>([^<]*)</g)].map((m) => ({
    code: m[1] as string,
    message: (m[2] as string).trim(),
  }));
  const tokenXml = /<(?:[\w-]+:)?resumptionToken\b[^>]*?(?:\/>|>[^<]*<\/(?:[\w-]+:)?resumptionToken>)/.exec(
    xml,
  );
  let token: ResumptionToken | null = null;
  if (tokenXml && XMLValidator.validate(tokenXml[0]) === true)
    token = tokenOf(childNamed(envelopeParser.parse(tokenXml[0]), 'resumptionToken'));
  return { responseDate: date, errors, token };
}

export function readOaiPage(xml: string): OaiPage {
  const malformed = describeInvalid(XMLValidator.validate(xml));
  const truncated = !/<\/(?:[\w-]+:)?OAI-PMH>\s*$/.test(xml);
  const envelope = malformed ? salvageEnvelope(xml) : readEnvelope(xml);
  const chunks = cutRecords(xml);
  const records = chunks.map((chunk) => ({
    xml: chunk,
    problem: malformed ? describeInvalid(XMLValidator.validate(chunk)) : null,
  }));
  // A truncated page may end inside a record: that record was not cut out above, and is simply absent.
  return { ...envelope, records, malformed, truncated: truncated && malformed !== null };
}
