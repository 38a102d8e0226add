/**
 * The security decisions of the desktop app as plain functions, so they are tested on plain Node
 * and the Electron adapter only wires them to events.
 */
import path from 'node:path';

/** The renderer is served from this origin, never from file:// (see appProtocolPath). */
export const appScheme = 'app';
export const appHost = 'muwazi';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Only our own files: no inline script or style, no remote origins, no plugins, no framing.
 * Sent as a header by the app protocol and by browser mode; renderer/index.html carries it in
 * its meta tag too, as a second line of defence (see metaContentSecurityPolicy).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Browsers ignore (and complain about) frame-ancestors in a meta tag; the header enforces it. */
export const metaContentSecurityPolicy = contentSecurityPolicy.replace(/; frame-ancestors [^;]+/, '');

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/** Whether a window may navigate to (or a sender frame may be at) this URL: our origin only. */
export function isAllowedNavigation(url: unknown): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isAppUrl(parsed);
}

/**
 * The URL to hand to the system browser, or null when it should not be opened at all. Only
 * plain web links: other schemes can launch local programs, and credentials in a link are a
 * classic way to disguise where it leads.
 */
export function externalLinkToOpen(url: unknown): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

// `..` written plainly or percent-encoded, as a whole path segment, with either slash.
const traversalSegment = /(^|[/\\])(\.|%2e){2}([/\\]|$)/i;
const schemeAndAuthority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/**
 * Maps `app://muwazi/<path>` to a file under the built renderer folder, or null when the
 * request is not ours or tries to leave that folder. The check runs on the raw URL as well as
 * the parsed one because URL parsing quietly resolves `..`, which would hide an attempt that
 * should be refused, not reinterpreted.
 */
export function appProtocolPath(requestUrl: string, rendererDir: string): string | null {
  const parsed = parseUrl(requestUrl);
  if (!parsed || !isAppUrl(parsed)) return null;
  const rawPath = requestUrl.replace(schemeAndAuthority, '').split(/[?#]/, 1)[0] ?? '';
  if (traversalSegment.test(rawPath) || /\\|%5c/i.test(rawPath)) return null;

  const segments: string[] = [];
  for (const encoded of parsed.pathname.split('/')) {
    if (encoded === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    // A decoded segment must still be one plain name: no separators, drive letters or NULs.
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rendererDir);
  const file = path.resolve(root, ...segments);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}
