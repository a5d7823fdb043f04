// The OAI-PMH sources a Telaah instance harvests: given on the command line, or listed in a data file
// (corpus/harvest-sources.yaml) that `npm start` refreshes. A source is an endpoint, optionally one of its sets, in
// one metadata format; its key names it in the store and in study ids, and stays fixed once harvested.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

export const SUPPORTED_FORMATS = ['oai_dc'] as const;

const oaiDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/,
    'must be an OAI-PMH date, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ',
  );

export const harvestSourceSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address of an OAI-PMH endpoint' }),
  set: z.string().trim().min(1).optional(),
  format: z
    .enum(SUPPORTED_FORMATS, { error: `must be one of: ${SUPPORTED_FORMATS.join(', ')}` })
    .default('oai_dc'),
  key: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lower-case letters, digits and dashes, at most 60')
    .optional(),
  /** The name provenance shows; the repository's own (from Identify) when absent. */
  name: z.string().trim().min(1).optional(),
  from: oaiDate.optional(),
});
export type HarvestSource = z.output<typeof harvestSourceSchema>;

export const harvestSourcesFileSchema = z.object({
  sources: z.array(harvestSourceSchema).default([]),
});

/** A readable key from the endpoint's address and set: "jurnal-example-ac-id-jhi" for ...jurnal.example.ac.id/jhi/oai. */
export function sourceKeyOf(source: Pick<HarvestSource, 'url' | 'set' | 'key'>): string {
  if (source.key) return source.key;
  const url = new URL(source.url);
  const path = url.pathname
    .split('/')
    .filter((part) => part && !/^(index\.php|oai|oai2|request|server|cgi|oai2d?)$/i.test(part))
    .join('-');
  const raw = [url.hostname.replace(/^www\./, ''), path, source.set ?? ''].filter(Boolean).join('-');
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Reads and validates the sources file; a missing file is no sources. */
export async function readHarvestSources(file: string): Promise<HarvestSource[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = harvestSourcesFileSchema.safeParse(parse(text) ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${file} is not a valid sources file:\n  ${problems.join('\n  ')}`);
  }
  const keys = new Set<string>();
  for (const source of parsed.data.sources) {
    const key = sourceKeyOf(source);
    if (keys.has(key))
      throw new Error(`${file}: two sources have the key "${key}"; give one a "key" of its own`);
    keys.add(key);
  }
  return parsed.data.sources;
}
