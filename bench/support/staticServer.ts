import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves fixed pages from memory on loopback. The reference pages go over HTTP rather than
 * file:// so they pay the same network path as the app, and with `no-store` as the app's
 * server sends, so no run reads from a cache the other side does not get.
 */
export async function serveStaticPages(pages: Record<string, string>): Promise<StaticServer> {
  const bodies = new Map(Object.entries(pages).map(([route, html]) => [route, Buffer.from(html, 'utf8')]));
  const server = createServer((req, res) => {
    const body = bodies.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found.');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
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
