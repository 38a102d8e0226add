import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MuwaziService } from '../../electron/core/service';
import { type BrowserServer, maxRequestBytes, startBrowserServer } from '../../electron/serve/server';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
let server: BrowserServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests can send the Host and Origin headers a hostile page would. */
function send(
  pathname: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method,
        headers: { host: `127.0.0.1:${server.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const auth = () => ({ 'x-muwazi-token': server.token });
const api = (method: string, body: unknown, headers: Record<string, string> = auth()) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  base = await makeTempDir('muwazi-serve-');
  const staticDir = path.join(base, 'static');
  await mkdir(path.join(staticDir, 'assets'), { recursive: true });
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  // Named as Vite names what it emits: <name>-<8 characters of content hash>.<ext>.
  await writeFile(path.join(staticDir, 'assets', 'index-BgfLqZ77.js'), 'console.log(2)');
  await writeFile(path.join(staticDir, 'assets', 'index-BXHkW-CN.css'), 'body {}');
  await writeFile(path.join(staticDir, 'assets', 'noto-naskh-arabic-400-normal-U_i0HMfG.woff2'), 'font');
  await writeFile(path.join(staticDir, 'index-BgfLqZ77.js'), 'console.log(3)');
  await writeFile(path.join(base, 'secret.txt'), 'outside the static folder');
  const service = new MuwaziService({
    libraryDir: path.join(base, 'library'),
    dataDir: path.join(base, 'data'),
    transport: 'browser',
    version: '0.0.0',
  });
  server = await startBrowserServer({ service, staticDir, port: 0 });
});
afterAll(async () => {
  await server.close();
  await removeDir(base);
});

describe('browser mode server', () => {
  it('listens on loopback and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses every request without the token, static files included', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/assets/app.js')).status).toBe(401);
    expect((await api('app:info', {}, {})).status).toBe(401);
    expect((await api('app:info', {}, { 'x-muwazi-token': `${server.token}x` })).status).toBe(401);
    expect((await send('/', { headers: { cookie: `muwazi-token-${server.port}=nope` } })).status).toBe(401);
  });

  it('trades the token in the URL for an HttpOnly SameSite cookie that then opens the app', async () => {
    const first = await send(`/?token=${server.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send('/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers contract methods with results as values', async () => {
    const reply = await api('app:info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { transport: 'browser' } });
    expect(JSON.parse((await api('nope:nothing', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(JSON.parse((await api('article:open', { id: 42 })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('checks Host and Origin against DNS rebinding and cross-site requests', async () => {
    expect((await send('/', { headers: { ...auth(), host: 'evil.example:80' } })).status).toBe(421);
    expect((await api('app:info', {}, { ...auth(), origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:info', {}, { ...auth(), origin: `http://127.0.0.1:${server.port}` })).status).toBe(
      200,
    );
  });

  it('serves no directory listings and nothing outside the built app', async () => {
    for (const attempt of [
      '/assets/',
      '/assets',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
    ]) {
      const reply = await send(attempt, { headers: auth() });
      expect(reply.status, attempt).toBe(404);
      expect(reply.body).not.toContain('outside the static folder');
    }
    expect((await send('/assets/app.js', { headers: auth() })).status).toBe(200);
  });

  it('lets the browser keep fingerprinted build files for good, and nothing else', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const file of [
      '/assets/index-BgfLqZ77.js',
      '/assets/index-BXHkW-CN.css',
      '/assets/noto-naskh-arabic-400-normal-U_i0HMfG.woff2',
    ]) {
      const reply = await send(file, { headers: auth() });
      expect(reply.status, file).toBe(200);
      expect(reply.headers['cache-control'], file).toBe(immutable);
      // The same protections as every other answer.
      expect(reply.headers['content-security-policy'], file).toContain("default-src 'self'");
      expect(reply.headers['x-content-type-options'], file).toBe('nosniff');
    }
    // No hash in the name, or not under assets/: fetched afresh every time.
    for (const file of [
      '/',
      '/index.html',
      '/assets/app.js',
      '/index-BgfLqZ77.js',
      '/assets/../index.html',
    ]) {
      const reply = await send(file, { headers: auth() });
      expect(reply.status, file).toBe(200);
      expect(reply.headers['cache-control'], file).toBe('no-store');
    }
    // The token is still required first, and refusals are never kept.
    const refused = await send('/assets/index-BgfLqZ77.js');
    expect(refused.status).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const missing = await send('/assets/gone-AAAAAAAA.js', { headers: auth() });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect((await api('app:info', {})).headers['cache-control']).toBe('no-store');
  });

  it('limits request bodies and methods', async () => {
    const huge = Buffer.alloc(maxRequestBytes + 10, 0x20);
    const reply = await send('/api/app:info', {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: huge,
    });
    expect(reply.status).toBe(413);
    expect((await send('/api/app:info', { headers: auth() })).status).toBe(405);
    expect((await send('/', { method: 'DELETE', headers: auth() })).status).toBe(405);
    expect(
      (
        await send('/api/app:info', {
          method: 'POST',
          headers: { ...auth(), 'content-type': 'text/plain' },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await send('/api/app:info', {
          method: 'POST',
          headers: { ...auth(), 'content-type': 'application/json' },
          body: '{nope',
        })
      ).status,
    ).toBe(400);
  });
});

describe('browser mode events', () => {
  it('streams library changes to the page, for token holders only', async () => {
    expect((await send('/api/events')).status).toBe(401);
    await api('library:list', {});
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { host: `127.0.0.1:${server.port}`, ...auth() },
        },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes('data: ')) {
              req.destroy();
              resolve(text);
            }
            // The stream is open: now change the library.
            if (text.startsWith(': connected')) void writeLibraryFile();
          });
        },
      );
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    const text = await received;
    const event = JSON.parse(text.slice(text.indexOf('data: ') + 6).split('\n')[0]!);
    expect(event).toMatchObject({ type: 'library-changed', ids: [expect.stringMatching(/^[0-9a-f]{16}$/)] });
  });
});

let written = false;
async function writeLibraryFile(): Promise<void> {
  if (written) return;
  written = true;
  // Once the watcher is looking: a change made before it is ready would go unseen.
  await server.service.watching();
  await writeFile(path.join(base, 'library', 'arrived.txt'), 'عنوان\n\nنص وصل للتو');
}
