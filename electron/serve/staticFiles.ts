import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Everything but the build's fingerprinted files is fetched afresh: the page must match the server. */
export const noStore = 'no-store';

/** A fingerprinted file never changes under its name: a new build gives new content a new name. */
export const immutable = 'public, max-age=31536000, immutable';

/**
 * The names Vite gives what it emits under assets/: `<name>-<hash>.<ext>`, the hash being eight
 * URL-safe base64 characters of the file's content. index.html, which names them, has no hash.
 */
const fingerprinted = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

/** How long a browser may keep a file of the built renderer (library-relative, forward slashes). */
export function cacheControlFor(relativeFile: string): string {
  return fingerprinted.test(relativeFile) ? immutable : noStore;
}

export interface StaticFile {
  file: string;
  type: string;
  cacheControl: string;
}

/**
 * Maps a URL path to a file under the built renderer folder, or undefined. No directory
 * listings; '/' is the app itself; anything that decodes to a path outside the folder, or
 * carries backslashes or NUL bytes, is refused.
 */
export async function staticFileFor(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    if (!(await stat(file)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return {
    file,
    type: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    // Judged on the path as resolved, so no spelling of a URL makes index.html look fingerprinted.
    cacheControl: cacheControlFor(path.relative(root, file).split(path.sep).join('/')),
  };
}

export function readStatic(file: string): Promise<Buffer> {
  return readFile(file);
}
