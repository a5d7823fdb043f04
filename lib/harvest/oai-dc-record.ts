// A harvested record's header and its Dublin Core, read from the record's own XML into plain values, validated.
// oai_dc is written three ways in the wild: dc:* elements of http://purl.org/dc/elements/1.1/ (the standard),
// the dcterms namespace (an EPrints branch), and any prefix a repository fancies; elements are read by local name.
// A value is a string, or an object with '#text' and '@_xml:lang' when the element has attributes.
import { z } from 'zod';
import { childNamed, localName, oaiParser, textOf } from './oai-page';

export const langValueSchema = z.object({ value: z.string().min(1), lang: z.string().nullable() });
export type LangValue = z.infer<typeof langValueSchema>;

const DC_ELEMENTS = [
  'title',
  'creator',
  'subject',
  'description',
  'publisher',
  'contributor',
  'date',
  'type',
  'format',
  'identifier',
  'source',
  'language',
  'relation',
  'coverage',
  'rights',
] as const;
type DcElement = (typeof DC_ELEMENTS)[number];

export const dublinCoreSchema = z.object(
  Object.fromEntries(DC_ELEMENTS.map((name) => [name, z.array(langValueSchema)])) as Record<
    DcElement,
    z.ZodArray<typeof langValueSchema>
  >,
);
export type DublinCore = z.infer<typeof dublinCoreSchema>;

export const harvestedRecordSchema = z.object({
  identifier: z.string().trim().min(1, 'the record header has no identifier'),
  datestamp: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/,
      'the record datestamp is not an OAI-PMH date',
    ),
  deleted: z.boolean(),
  sets: z.array(z.string()),
  metadata: dublinCoreSchema.nullable(),
});
export type HarvestedRecord = z.infer<typeof harvestedRecordSchema>;

// Records are parsed one at a time, so the paths start at the record element.
const recordParser = oaiParser(
  (name, path) => path.includes('.metadata.') || name === 'setSpec' || name.endsWith(':setSpec'),
);

const HTML_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a value reads as: markup that repositories escape into their fields removed, white space folded. */
export function plainText(raw: string): string {
  return raw
    .replace(/<\/?(?:p|br|div|span|em|strong|i|b|u|sup|sub|a)\b[^>]*>/gi, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, name: string) => HTML_ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/\s*\n\s*\n\s*/g, '\n\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .trim();
}

function valuesOf(raw: unknown): LangValue[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((item) => {
    const value = plainText(textOf(item));
    const lang =
      item && typeof item === 'object' && !Array.isArray(item)
        ? ((item as Record<string, unknown>)['@_xml:lang'] as string | undefined)
        : undefined;
    return value ? [{ value, lang: typeof lang === 'string' && lang.trim() ? lang.trim() : null }] : [];
  });
}

function readDublinCore(metadata: unknown): DublinCore | null {
  if (!metadata || typeof metadata !== 'object') return null;
  // The one child of <metadata>: <oai_dc:dc>, <dc>, ... (an array, since everything under metadata is one).
  const container = Object.entries(metadata).find(([key]) => !key.startsWith('@_'))?.[1];
  const dc = Array.isArray(container) ? container[0] : container;
  if (!dc || typeof dc !== 'object') return null;
  const out = Object.fromEntries(DC_ELEMENTS.map((name) => [name, [] as LangValue[]])) as DublinCore;
  for (const [key, value] of Object.entries(dc)) {
    const name = localName(key) as DcElement;
    if ((DC_ELEMENTS as readonly string[]).includes(name)) out[name].push(...valuesOf(value));
  }
  return out;
}

export class RecordError extends Error {
  constructor(
    readonly identifier: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}

/** Reads one <record> element; throws RecordError naming the record (where it has an identifier) and the fault. */
export function readRecord(xml: string): HarvestedRecord {
  const record = childNamed(recordParser.parse(xml), 'record');
  const header = childNamed(record, 'header');
  const identifier = textOf(childNamed(header, 'identifier')).trim() || null;
  const status =
    header && typeof header === 'object' ? (header as Record<string, unknown>)['@_status'] : null;
  const deleted = status === 'deleted';
  const sets = ((childNamed(header, 'setSpec') as unknown[] | undefined) ?? []).map((s) => textOf(s).trim());
  const metadata = deleted ? null : readDublinCore(childNamed(record, 'metadata'));
  const parsed = harvestedRecordSchema.safeParse({
    identifier: identifier ?? '',
    datestamp: textOf(childNamed(header, 'datestamp')).trim(),
    deleted,
    sets: sets.filter(Boolean),
    metadata,
  });
  if (!parsed.success)
    throw new RecordError(identifier, parsed.error.issues.map((issue) => issue.message).join('; '));
  if (!deleted && !parsed.data.metadata)
    throw new RecordError(identifier, 'the record has no Dublin Core metadata');
  if (!deleted && parsed.data.metadata?.title.length === 0)
    throw new RecordError(identifier, 'the record has no title (dc:title)');
  return parsed.data;
}
