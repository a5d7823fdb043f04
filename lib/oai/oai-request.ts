// The arguments of an OAI-PMH request, checked against the protocol's rules (section 3.1 of the specification):
// one verb, only the arguments that verb takes, each at most once, required ones present, resumptionToken alone,
// and from/until as dates of one granularity in order. What breaks a rule is a badVerb or badArgument error.
import { z } from 'zod';
import { parseOaiDate, type OaiDate } from './oai-dates';

export const OAI_VERBS = [
  'Identify',
  'ListMetadataFormats',
  'ListSets',
  'GetRecord',
  'ListIdentifiers',
  'ListRecords',
] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];
export type ListVerb = 'ListIdentifiers' | 'ListRecords';

export interface ListArguments {
  metadataPrefix: string;
  from?: OaiDate;
  until?: OaiDate;
  set?: string;
}

export type OaiRequest =
  | { verb: 'Identify' }
  | { verb: 'ListMetadataFormats'; identifier?: string }
  | { verb: 'ListSets'; resumptionToken?: string }
  | { verb: 'GetRecord'; identifier: string; metadataPrefix: string }
  | { verb: ListVerb; list: ListArguments }
  | { verb: ListVerb; resumptionToken: string };

export type ParsedOaiRequest =
  | { ok: true; request: OaiRequest; arguments: Record<string, string> }
  | { ok: false; code: 'badVerb' | 'badArgument'; message: string };

const value = z.string().min(1);
const listArguments = z.strictObject({
  metadataPrefix: value,
  from: value.optional(),
  until: value.optional(),
  set: value.optional(),
});
const argumentSchemas = {
  Identify: z.strictObject({}),
  ListMetadataFormats: z.strictObject({ identifier: value.optional() }),
  ListSets: z.strictObject({ resumptionToken: value.optional() }),
  GetRecord: z.strictObject({ identifier: value, metadataPrefix: value }),
  ListIdentifiers: listArguments,
  ListRecords: listArguments,
} satisfies Record<OaiVerb, z.ZodType>;

const badArgument = (message: string): ParsedOaiRequest => ({ ok: false, code: 'badArgument', message });

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `Illegal argument: ${issue.keys.join(', ')}.`;
  const name = String(issue.path[0] ?? 'argument');
  return issue.input === undefined ? `Missing required argument: ${name}.` : `Argument ${name} is empty.`;
}

function parseRange(args: z.infer<typeof listArguments>): ListArguments | string {
  const from = args.from === undefined ? undefined : parseOaiDate(args.from);
  const until = args.until === undefined ? undefined : parseOaiDate(args.until);
  if (from === null) return 'from is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.';
  if (until === null) return 'until is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.';
  if (from && until && from.granularity !== until.granularity)
    return 'from and until must have the same granularity.';
  if (from && until && from.start > until.start) return 'from is later than until.';
  return { metadataPrefix: args.metadataPrefix, from, until, set: args.set };
}

/** Reads the request's arguments (in the order they came, repeats included) into a request or an error. */
export function parseOaiRequest(pairs: Iterable<[string, string]>): ParsedOaiRequest {
  const all = [...pairs];
  const verbs = all.filter(([name]) => name === 'verb').map(([, given]) => given);
  if (verbs.length === 0) return { ok: false, code: 'badVerb', message: 'The verb argument is missing.' };
  if (verbs.length > 1) return { ok: false, code: 'badVerb', message: 'The verb argument is repeated.' };
  const verb = z.enum(OAI_VERBS).safeParse(verbs[0]);
  if (!verb.success)
    return { ok: false, code: 'badVerb', message: 'The verb argument is not a legal OAI-PMH verb.' };

  const given = new Map<string, string>();
  for (const [name, text] of all) {
    if (name === 'verb') continue;
    if (given.has(name)) return badArgument(`Argument ${name} is repeated.`);
    given.set(name, text);
  }
  // fromEntries defines own properties, so an argument named __proto__ stays an (illegal) argument.
  const args: Record<string, string> = Object.fromEntries(given);
  const ok = (request: OaiRequest): ParsedOaiRequest => ({ ok: true, request, arguments: args });
  const token = args.resumptionToken;
  const listVerb = verb.data === 'ListIdentifiers' || verb.data === 'ListRecords' ? verb.data : null;
  if ((listVerb || verb.data === 'ListSets') && token !== undefined) {
    if (given.size > 1)
      return badArgument('resumptionToken is an exclusive argument: no other argument may come with it.');
    if (token === '') return badArgument('Argument resumptionToken is empty.');
    if (listVerb) return ok({ verb: listVerb, resumptionToken: token });
  }

  const parsed = argumentSchemas[verb.data].safeParse(args);
  if (!parsed.success) return badArgument(parsed.error.issues.map(describeIssue).join(' '));

  switch (verb.data) {
    case 'Identify':
      return ok({ verb: 'Identify' });
    case 'ListMetadataFormats':
      return ok({ verb: 'ListMetadataFormats', identifier: args.identifier });
    case 'ListSets':
      return ok({ verb: 'ListSets', resumptionToken: args.resumptionToken });
    case 'GetRecord':
      return ok({
        verb: 'GetRecord',
        identifier: args.identifier ?? '',
        metadataPrefix: args.metadataPrefix ?? '',
      });
    case 'ListIdentifiers':
    case 'ListRecords': {
      const range = parseRange(listArguments.parse(args));
      return typeof range === 'string' ? badArgument(range) : ok({ verb: verb.data, list: range });
    }
  }
}
