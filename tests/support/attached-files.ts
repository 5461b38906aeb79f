/**
 * Files attached in a Teams chat, for tests: a loopback server where the bot downloads them, and the attachment
 * Teams sends. A route is either the file's bytes (sent with Content-Length) or a handler of its own, like
 * `chunked`, which streams a large body without Content-Length and records how much went out before it was closed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Route = Buffer | ((req: IncomingMessage, res: ServerResponse) => void);

export interface FileServer {
  url: string;
  server: Server;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Where Teams would let the bot download an attached file; `files` may change while it runs. */
export async function fileServer(files: Record<string, Route>): Promise<FileServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = files[req.url ?? ''];
    if (!route) {
      res.statusCode = 404;
      res.end();
    } else if (typeof route === 'function') {
      route(req, res);
    } else {
      res.setHeader('content-length', String(route.length));
      res.end(route);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    server,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export const teamsFile = (name: string, downloadUrl: string) => ({
  contentType: 'application/vnd.microsoft.teams.file.download.info', name,
  content: { downloadUrl, uniqueId: 'x', fileType: name.split('.').pop() },
});

export interface Sent {
  bytes: number;
  /** How the response ended: closed by the client before the end, or finished. */
  closed: Promise<'early' | 'finished'>;
}

/** A route that writes `total` bytes in 64 KB chunks, without Content-Length, as fast as the client reads them. */
export function chunked(total: number): { route: (req: IncomingMessage, res: ServerResponse) => void; sent: Sent } {
  let closed!: (how: 'early' | 'finished') => void;
  const sent: Sent = { bytes: 0, closed: new Promise((resolve) => { closed = resolve; }) };
  const route = (_req: IncomingMessage, res: ServerResponse) => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    res.on('close', () => closed(res.writableFinished ? 'finished' : 'early'));
    const pump = () => {
      while (sent.bytes < total && !res.destroyed) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
  return { route, sent };
}
