// What a repository says about itself (Identify) and which formats it offers (ListMetadataFormats): the name
// provenance shows, the date granularity "from" must be written in, whether it keeps deleted records.
import { XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { OaiClient } from './oai-client';
import { childNamed, oaiParser, textOf } from './oai-page';

const identifySchema = z.object({
  repositoryName: z.string().trim().min(1),
  baseURL: z.string().trim().min(1),
  protocolVersion: z.string().trim(),
  earliestDatestamp: z.string().trim().optional(),
  deletedRecord: z.enum(['no', 'transient', 'persistent']).catch('no'),
  granularity: z.enum(['YYYY-MM-DD', 'YYYY-MM-DDThh:mm:ssZ']).catch('YYYY-MM-DD'),
});
export type Identify = z.infer<typeof identifySchema>;

const parser = oaiParser((name) => name === 'metadataFormat' || name === 'error');

// Identify's and ListMetadataFormats' answers are small and must be whole; they go through the client all the
// same, for its retries and politeness.
async function verbBody(client: OaiClient, params: Record<string, string>, verb: string) {
  const { body, page, url } = await client.request(params);
  if (page.malformed || XMLValidator.validate(body) !== true)
    throw new Error(
      `${url}: the ${verb} response is not well-formed XML (${page.malformed ?? 'unreadable'})`,
    );
  const root = childNamed(parser.parse(body), 'OAI-PMH');
  if (!root) throw new Error(`${url}: the ${verb} response is not an OAI-PMH response`);
  const errors = (childNamed(root, 'error') as unknown[] | undefined) ?? [];
  if (errors.length)
    throw new Error(
      `${url}: ${errors.map((e) => `${(e as Record<string, string>)['@_code']}: ${textOf(e)}`).join('; ')}`,
    );
  return childNamed(root, verb);
}

export async function identify(client: OaiClient): Promise<Identify> {
  const body = await verbBody(client, { verb: 'Identify' }, 'Identify');
  const fields = Object.fromEntries(
    ['repositoryName', 'baseURL', 'protocolVersion', 'earliestDatestamp', 'deletedRecord', 'granularity'].map(
      // An element that is absent reads as undefined, as zod's optional fields expect.
      (name) => [name, textOf(childNamed(body, name)) || undefined],
    ),
  );
  const parsed = identifySchema.safeParse(fields);
  if (!parsed.success)
    throw new Error(
      `${client.urlFor({ verb: 'Identify' })}: not a usable Identify response (${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')})`,
    );
  return parsed.data;
}

/** The metadata prefixes the repository offers. */
export async function listMetadataFormats(client: OaiClient): Promise<string[]> {
  const body = await verbBody(client, { verb: 'ListMetadataFormats' }, 'ListMetadataFormats');
  const formats = (childNamed(body, 'metadataFormat') as unknown[] | undefined) ?? [];
  return formats.map((f) => textOf(childNamed(f, 'metadataPrefix')).trim()).filter(Boolean);
}

/** `from` in the repository's granularity: a day-granular server refuses a time (badArgument). */
export function inGranularity(date: string, granularity: Identify['granularity']): string {
  const day = date.slice(0, 10);
  if (granularity === 'YYYY-MM-DD') return day;
  return date.length >= 20 ? date.replace(/\.\d+Z$/, 'Z') : `${day}T00:00:00Z`;
}
