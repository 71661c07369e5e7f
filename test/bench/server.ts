/**
 * The bench's static file server: the app's dist/ at `/`, the bench pages at
 * `/__bench/`. Every file is sent as it is on disk (no Content-Encoding, so
 * the dictionary's `.dat.gz` files arrive as gzip bytes for the loaders to
 * un-gzip), with `Cache-Control: no-store`: whatever a second visit saves
 * comes from the app's own caches (service worker, Cache Storage), never
 * from the browser's HTTP cache.
 *
 * It counts the body bytes of every response it completes, which is the
 * traffic a visit really caused: page, workers and service worker included.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { BENCH_BASE } from './build-pages.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.gz': 'application/octet-stream',
};

/** One completed response. */
export interface Transfer {
  path: string;
  status: number;
  bodyBytes: number;
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The responses completed since the last call, and forgets them. */
  takeTransfers(): Transfer[];
  /** Resolves once no request has been open for `quietMs` (or after `timeoutMs` anyway). */
  idle(quietMs?: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The file under `root` for URL path `path`, or null if the path climbs out of it. */
function fileUnder(root: string, path: string): string | null {
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Starts the server on a free port of 127.0.0.1 (a secure context, so service workers and Cache Storage work). */
export async function startServer(distDir: string, pagesDir: string): Promise<BenchServer> {
  let transfers: Transfer[] = [];
  let open = 0;
  let lastActivity = Date.now();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [root, inside] = path.startsWith(BENCH_BASE) ? [pagesDir, path.slice(BENCH_BASE.length - 1)] : [distDir, path];
    const file = fileUnder(root, inside.endsWith('/') ? `${inside}index.html` : inside);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end('Not found');
      transfers.push({ path, status: 404, bodyBytes: 9 });
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(file);
    let sent = 0;
    stream.on('data', (chunk) => (sent += chunk.length));
    stream.pipe(response);
    response.on('finish', () => transfers.push({ path, status: 200, bodyBytes: sent }));
  }

  const server = createServer((request, response) => {
    open++;
    lastActivity = Date.now();
    response.on('close', () => {
      open--;
      lastActivity = Date.now();
    });
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    takeTransfers() {
      const taken = transfers;
      transfers = [];
      return taken;
    },
    async idle(quietMs = 500, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until && (open > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
