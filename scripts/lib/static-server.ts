/**
 * A tiny static file server for the measurement scripts (perf, bench). It is deliberately
 * dumb and uniform: every response, whatever route produced it, goes through the same
 * `send`, so two pages served by it differ only in their bytes, never in headers or
 * compression. That is what makes the app-versus-twin comparison in scripts/perf.ts fair.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Compressible types are gzipped (as any real host would), the rest sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/** What a route may answer: a body and its type, or null to fall through to files. */
export type Route = (pathname: string) => { body: Buffer | string; type: string } | null;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** URL prefix -> directory; the longest matching prefix wins. '/' is the fallback. */
  mounts: Record<string, string>;
  /** Answered before the mounts (e.g. the script-free twin of a page). */
  routes?: Route[];
  /** Gzip compressible bodies for clients that accept it (default true). */
  gzip?: boolean;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: Buffer,
  gzip: boolean,
) {
  const compress =
    gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const payload = compress ? gzipSync(body, { level: 6 }) : body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': payload.length,
    // Revalidate every time, so no run is served from a stale cache; not `no-store`, which
    // would bar the page from the back/forward cache and cost a best-practice audit.
    'Cache-Control': 'no-cache',
    ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

/** Resolves a URL path inside `dir`, refusing anything that climbs out of it. */
function resolveInside(dir: string, rest: string): string | null {
  const file = normalize(join(dir, decodeURIComponent(rest)));
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const gzip = options.gzip ?? true;
  const mounts = Object.entries(options.mounts).sort((a, b) => b[0].length - a[0].length);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    for (const route of options.routes ?? []) {
      const answer = route(pathname);
      if (answer) {
        send(req, res, 200, answer.type, Buffer.from(answer.body), gzip);
        return;
      }
    }
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    if (mount) {
      const [prefix, dir] = mount;
      let file = resolveInside(dir, pathname.slice(prefix.length));
      if (file && (await stat(file).catch(() => null))?.isDirectory())
        file = join(file, 'index.html');
      const body = file ? await readFile(file).catch(() => null) : null;
      if (file && body) {
        send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, gzip);
        return;
      }
    }
    send(req, res, 404, 'text/plain; charset=utf-8', Buffer.from('Not found'), gzip);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
