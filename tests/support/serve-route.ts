// Serves route handlers over real HTTP for a client that is not JavaScript (the Perl OAI-PMH harvesters): each
// Node request becomes a fetch Request for the handler, and its Response is written back.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (request: Request) => Promise<Response>;

export interface ServedRoute {
  url: string;
  close: () => Promise<void>;
}

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function listen(server: http.Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const failed = () => resolve(false);
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve(true);
    });
  });
}

/** Serves `path` with the handlers on the first free port of [first, last]. */
export async function serveRoute(
  path: string,
  handlers: { GET: Handler; POST?: Handler },
  ports: { first: number; last: number },
): Promise<ServedRoute> {
  const server = http.createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`);
        const handler =
          url.pathname !== path ? null : incoming.method === 'POST' ? handlers.POST : handlers.GET;
        if (!handler) {
          outgoing.writeHead(404).end();
          return;
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers))
          if (typeof value === 'string') headers.set(name, value);
        const body = incoming.method === 'POST' ? new Uint8Array(await readBody(incoming)) : undefined;
        const response = await handler(new Request(url, { method: incoming.method, headers, body }));
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  for (let port = ports.first; port <= ports.last; port++) {
    if (await listen(server, port)) {
      const { port: bound } = server.address() as AddressInfo;
      return {
        url: `http://127.0.0.1:${bound}${path}`,
        close: () => new Promise((resolve) => server.close(() => resolve())),
      };
    }
  }
  throw new Error(`No free port in ${ports.first}-${ports.last}`);
}
