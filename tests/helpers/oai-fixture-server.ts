// A local OAI-PMH 2.0 data provider for harvester tests: serves fixture records shaped like OJS, DSpace or
// EPrints, pages them with resumption tokens in each one's style, and can misbehave on request (faults) the way
// real repositories do. Every request URL is kept so tests can check paging and politeness.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FixtureRecord, type FixtureShape, isEprints } from './oai-fixture-records';
import { basePath, formatsOf, renderFormats, renderIdentify, renderSets } from './oai-fixture-repository';
import { type ListState, TokenCodec } from './oai-fixture-tokens';
import {
  escapeXml,
  formatStamp,
  type Granularity,
  renderError,
  renderHeader,
  renderRecord,
  wrapResponse,
} from './oai-fixture-xml';

export type OaiFault =
  | { kind: 'raw-lt'; identifier: string } // a raw unescaped '<' inside that record's description
  | { kind: 'truncate'; page: number } // that page (0-based) is cut off mid-way
  | { kind: 'bad-token'; page: number } // a request for that page answers badResumptionToken (an expired token)
  | { kind: 'unavailable'; times: number; retryAfter?: number } // the first N requests answer 503 with Retry-After
  | { kind: 'no-title'; identifier: string } // that record has no dc:title
  | { kind: 'server-error'; times: number }; // the first N requests answer 500

export interface OaiFixtureServerOptions {
  records: FixtureRecord[];
  shape: FixtureShape;
  pageSize?: number; // default 100, as all three repositories page
  faults?: OaiFault[];
  repositoryName?: string;
  granularity?: Granularity;
  port?: number; // default 0: a free port
}

export interface OaiFixtureServer {
  url: string; // base URL including the repository's path
  requests: URL[];
  setRecords(records: FixtureRecord[]): void;
  setFaults(faults: OaiFault[]): void;
  close(): Promise<void>;
}

class OaiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const ALLOWED: Record<string, string[]> = {
  Identify: [],
  ListMetadataFormats: ['identifier'],
  ListSets: ['resumptionToken'],
  ListIdentifiers: ['metadataPrefix', 'from', 'until', 'set', 'resumptionToken'],
  ListRecords: ['metadataPrefix', 'from', 'until', 'set', 'resumptionToken'],
  GetRecord: ['identifier', 'metadataPrefix'],
};

export function startOaiFixtureServer(options: OaiFixtureServerOptions): Promise<OaiFixtureServer> {
  const shape = options.shape;
  const pageSize = options.pageSize ?? 100;
  const granularity = options.granularity ?? 'YYYY-MM-DDThh:mm:ssZ';
  const formats = formatsOf(shape);
  const tokens = new TokenCodec(shape);
  const requests: URL[] = [];
  let records = options.records;
  let faults: OaiFault[] = [];
  let remaining = new Map<OaiFault, number>(); // how many more times a counted or one-off fault fires

  const setFaults = (next: OaiFault[]) => {
    faults = next;
    remaining = new Map(
      next.map((f) => [f, f.kind === 'unavailable' || f.kind === 'server-error' ? f.times : 1]),
    );
  };
  setFaults(options.faults ?? []);

  const identifiersOf = (kind: 'raw-lt' | 'no-title') =>
    new Set(faults.flatMap((f) => (f.kind === kind ? [f.identifier] : [])));
  const renderOptions = () => ({
    shape,
    granularity,
    rawLtIn: identifiersOf('raw-lt'),
    noTitleIn: identifiersOf('no-title'),
  });
  const formatOf = (prefix: string | undefined) => {
    const found = formats.find((f) => f.prefix === prefix);
    if (!found)
      throw new OaiError('cannotDisseminateFormat', `The metadata format "${prefix}" is not supported.`);
    return found;
  };
  const findRecord = (identifier: string) => {
    const found = records.find((r) => r.identifier === identifier);
    if (!found) throw new OaiError('idDoesNotExist', `No matching identifier: ${identifier}`);
    return found;
  };

  function checkStamp(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const fine = DAY.test(value) || (granularity === 'YYYY-MM-DDThh:mm:ssZ' && SECONDS.test(value));
    if (!fine || Number.isNaN(Date.parse(value))) throw new OaiError('badArgument', `Bad date: ${value}`);
    return value;
  }

  function selectRecords(state: ListState): FixtureRecord[] {
    const from = state.from && (DAY.test(state.from) ? `${state.from}T00:00:00Z` : state.from);
    const until = state.until && (DAY.test(state.until) ? `${state.until}T23:59:59Z` : state.until);
    return records.filter((r) => {
      // Compare at the repository's granularity: that is all a harvester can see.
      const stamp = formatStamp(formatStamp(r.datestamp, granularity), 'YYYY-MM-DDThh:mm:ssZ');
      if (from && stamp < from) return false;
      if (until && stamp > until) return false;
      return !state.set || r.sets.some((s) => s === state.set || s.startsWith(`${state.set}:`));
    });
  }

  function listState(args: Record<string, string>): ListState {
    if (args.resumptionToken !== undefined) {
      if (Object.keys(args).length > 1)
        throw new OaiError('badArgument', 'resumptionToken is an exclusive argument.');
      const state = tokens.decode(args.resumptionToken);
      if (!state) throw new OaiError('badResumptionToken', 'The resumptionToken is invalid or has expired.');
      return state;
    }
    if (!args.metadataPrefix) throw new OaiError('badArgument', 'metadataPrefix is required.');
    const from = checkStamp(args.from);
    const until = checkStamp(args.until);
    if (from && until && (from.length !== until.length || from > until)) {
      throw new OaiError(
        'badArgument',
        'from and until must share a granularity and from must not follow until.',
      );
    }
    return { prefix: args.metadataPrefix, from, until, set: args.set, offset: 0 };
  }

  function listPage(verb: string, args: Record<string, string>): { xml: string; page: number } {
    const state = listState(args);
    const fmt = formatOf(state.prefix);
    const page = Math.floor(state.offset / pageSize);
    const expired = faults.find(
      (f) => f.kind === 'bad-token' && f.page === page && args.resumptionToken !== undefined,
    );
    if (expired && (remaining.get(expired) ?? 0) > 0) {
      remaining.set(expired, 0);
      throw new OaiError('badResumptionToken', 'The resumptionToken has expired.');
    }
    const matching = selectRecords(state);
    if (matching.length === 0) throw new OaiError('noRecordsMatch', 'No records match the request.');
    if (state.offset >= matching.length)
      throw new OaiError('badResumptionToken', 'The resumptionToken is past the list.');
    const slice = matching.slice(state.offset, state.offset + pageSize);
    const rendering = renderOptions();
    const items = slice.map((r) =>
      verb === 'ListRecords'
        ? renderRecord(r, fmt.prefix, fmt.namespace, rendering)
        : renderHeader(r, granularity).replace(/^\t/gm, ''),
    );
    const next = state.offset + pageSize;
    const sizes = `completeListSize="${matching.length}" cursor="${state.offset}"`;
    let token = '';
    if (next < matching.length) {
      const value = tokens.encode({ ...state, offset: next });
      const expiry = isEprints(shape)
        ? ''
        : ` expirationDate="${new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')}"`;
      token = `\n\t\t<resumptionToken${expiry} ${sizes}>${escapeXml(value)}</resumptionToken>`;
    } else if (state.offset > 0) token = `\n\t\t<resumptionToken ${sizes}/>`;
    return { xml: `\t<${verb}>\n${items.join('\n')}${token}\n\t</${verb}>`, page };
  }

  function listSets(args: Record<string, string>): string {
    if (args.resumptionToken !== undefined)
      throw new OaiError('badResumptionToken', 'ListSets is not paged.');
    const specs = [...new Set(records.flatMap((r) => r.sets))].sort();
    if (specs.length === 0) throw new OaiError('noSetHierarchy', 'This repository has no sets.');
    return renderSets(specs, shape);
  }

  function answer(
    verb: string | undefined,
    args: Record<string, string>,
    baseUrl: string,
  ): { xml: string; page?: number } {
    if (!verb || !(verb in ALLOWED)) throw new OaiError('badVerb', `Illegal OAI verb: ${verb ?? '(none)'}`);
    const stray = Object.keys(args).filter((name) => !ALLOWED[verb]!.includes(name));
    if (stray.length > 0) throw new OaiError('badArgument', `Illegal arguments: ${stray.join(', ')}`);
    switch (verb) {
      case 'Identify':
        return { xml: renderIdentify(records, baseUrl, granularity, options.repositoryName) };
      case 'ListMetadataFormats': {
        if (args.identifier !== undefined) findRecord(args.identifier);
        return { xml: renderFormats(formats) };
      }
      case 'ListSets':
        return { xml: listSets(args) };
      case 'GetRecord': {
        if (!args.identifier || !args.metadataPrefix)
          throw new OaiError('badArgument', 'identifier and metadataPrefix are required.');
        const fmt = formatOf(args.metadataPrefix);
        const record = renderRecord(findRecord(args.identifier), fmt.prefix, fmt.namespace, renderOptions());
        return { xml: `\t<GetRecord>\n${record}\n\t</GetRecord>` };
      }
      default:
        return listPage(verb, args);
    }
  }

  function counted(): OaiFault | undefined {
    const fault = faults.find(
      (f) => (f.kind === 'unavailable' || f.kind === 'server-error') && (remaining.get(f) ?? 0) > 0,
    );
    if (fault) remaining.set(fault, (remaining.get(fault) ?? 1) - 1);
    return fault;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, baseUrl: string): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      for (const [name, value] of new URLSearchParams(body)) url.searchParams.append(name, value);
    }
    requests.push(url);
    if (url.pathname !== new URL(baseUrl).pathname) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const fault = counted();
    if (fault?.kind === 'unavailable') {
      res
        .writeHead(503, { 'content-type': 'text/html', 'retry-after': String(fault.retryAfter ?? 1) })
        .end('<html><body>Service Unavailable</body></html>');
      return;
    }
    if (fault?.kind === 'server-error') {
      res
        .writeHead(500, { 'content-type': 'text/html' })
        .end('<html><body>Internal Server Error</body></html>');
      return;
    }
    const args: Record<string, string> = {};
    let repeated = false;
    for (const [name, value] of url.searchParams) {
      if (name in args || (name === 'verb' && args.verb !== undefined)) repeated = true;
      args[name] = value;
    }
    const { verb, ...rest } = args;
    let xml: string;
    let page: number | undefined;
    try {
      if (repeated) throw new OaiError('badArgument', 'An argument is repeated.');
      ({ xml, page } = answer(verb, rest, baseUrl));
      xml = wrapResponse(xml, baseUrl, shape, args);
    } catch (error) {
      if (!(error instanceof OaiError)) throw error;
      // The spec echoes the arguments only when the request was well-formed.
      const echo = error.code === 'badVerb' || error.code === 'badArgument' ? {} : args;
      xml = wrapResponse(renderError(error.code, error.message), baseUrl, shape, echo);
    }
    const truncated = page !== undefined && faults.some((f) => f.kind === 'truncate' && f.page === page);
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    res.end(truncated ? xml.slice(0, Math.floor(xml.length / 2)) : xml);
  }

  return new Promise((resolve, reject) => {
    let baseUrl = '';
    const server = createServer((req, res) => {
      handle(req, res, baseUrl).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      baseUrl = `http://127.0.0.1:${port}${basePath(shape)}`;
      resolve({
        url: baseUrl,
        requests,
        setRecords: (next) => {
          records = next;
        },
        setFaults,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
