import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from '../core/security/policies';
import { maxImportRequestBytes } from '../contract';
import type { MuwaziService } from '../core/service';
import { readStatic, staticFileFor } from './staticFiles';
import { newToken, readCookie, tokensMatch } from './token';
import { unauthorizedPage } from './unauthorizedPage';

export interface BrowserServerOptions {
  service: MuwaziService;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface BrowserServer {
  /** The address to open, token included. */
  url: string;
  service: MuwaziService;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const maxRequestBytes = 1024 * 1024;

/** Imports carry whole files; every other request is small. */
function bodyLimitFor(method: string): number {
  return method === 'library:import' ? maxImportRequestBytes : maxRequestBytes;
}
const loopback = '127.0.0.1';

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { ...securityHeaders, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/**
 * The body, or undefined past the limit. Past it the rest is read and dropped rather than the
 * connection cut: a cut reaches the page as a network failure, not as the 413 that explains it.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8');
}

/** The method a path names, or undefined when its percent-encoding is broken. */
function methodIn(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return undefined;
  }
}

/** Server-sent events: what the desktop app hears over IPC, the page hears here. */
export const eventsPath = '/api/events';

function streamEvents(res: ServerResponse, service: MuwaziService): void {
  res.writeHead(200, {
    ...securityHeaders,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = service.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  // Proxies and browsers drop silent streams; a comment line now and then keeps it open.
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  res.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

/**
 * Browser mode: the contract's methods as `POST /api/<method>` and the built renderer as static
 * files, on loopback only. Every request needs the per-launch token (query string once, then an
 * HttpOnly SameSite cookie, or the x-muwazi-token header for scripts); Host and Origin must name
 * this server, which defeats DNS rebinding and cross-site requests.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newToken();
  let port = 0;
  const cookieName = () => `muwazi-token-${port}`;
  const allowedHosts = () => new Set([`${loopback}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([...allowedHosts()].map((host) => `http://${host}`));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Unknown host.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin requests are refused.');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    const headerToken = req.headers['x-muwazi-token'];
    const given =
      (typeof headerToken === 'string' ? headerToken : undefined) ??
      queryToken ??
      readCookie(req.headers.cookie, cookieName());
    if (!tokensMatch(token, given)) {
      return send(res, 401, 'text/html; charset=utf-8', unauthorizedPage);
    }
    if (req.method === 'GET' && queryToken !== undefined) {
      // Trade the token in the address bar for a cookie, so it leaves the URL and history.
      url.searchParams.delete('token');
      return send(res, 303, 'text/plain; charset=utf-8', '', {
        location: `${url.pathname}${url.search}`,
        'set-cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
    }

    if (url.pathname === eventsPath && req.method === 'GET') return streamEvents(res, options.service);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST')
        return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.', { allow: 'POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON.');
      }
      const method = methodIn(url.pathname);
      if (method === undefined) {
        return sendJson(res, 404, {
          ok: false,
          error: { code: 'unknown-method', message: 'No such method.' },
        });
      }
      const body = await readBody(req, bodyLimitFor(method));
      if (body === undefined) {
        return sendJson(res, 413, { ok: false, error: { code: 'too-large', message: 'Request too large.' } });
      }
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid-input', message: 'Body is not JSON.' },
        });
      }
      return sendJson(res, 200, await options.service.dispatch(method, input));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.', { allow: 'GET, HEAD' });
    }
    const found = await staticFileFor(options.staticDir, url.pathname);
    if (!found) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    return send(res, 200, found.type, await readStatic(found.file), { 'cache-control': found.cacheControl });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${loopback}:${port}/?token=${token}`,
    service: options.service,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
