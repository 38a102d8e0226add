import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appEntryUrl,
  appProtocolPath,
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  externalLinkToOpen,
  isAllowedNavigation,
} from '../../electron/core/security/policies';
import { repoRoot } from '../helpers/paths';

const rendererDir = path.resolve('/srv/muwazi/out/renderer');

describe('contentSecurityPolicy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows only our own files, with no inline or evaluated code', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval/);
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|blob:|ws:|wss:/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is the policy renderer/index.html declares for browser mode', () => {
    const html = readFileSync(path.join(repoRoot, 'renderer', 'index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map(([tag]) => tag);
    const cspTags = metas.filter((tag) => /http-equiv\s*=\s*["']?content-security-policy/i.test(tag));
    expect(cspTags, 'renderer/index.html has one Content-Security-Policy meta tag').toHaveLength(1);
    // The policy quotes its keywords with ', so the attribute itself is in double quotes.
    const content = cspTags[0]!.match(/\scontent\s*=\s*"([^"]*)"/i)?.[1];
    expect(content?.replace(/\s+/g, ' ').trim()).toBe(metaContentSecurityPolicy);
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
  });
});

describe('isAllowedNavigation', () => {
  it('allows our own pages', () => {
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation('app://muwazi/')).toBe(true);
    expect(isAllowedNavigation('app://muwazi/index.html#/article/0123456789abcdef')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://muwazi/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://muwazi.evil.com/',
    'app://user:pass@muwazi/',
    'app://muwazi:8080/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isAllowedNavigation(undefined)).toBe(false);
    expect(isAllowedNavigation({ toString: () => appEntryUrl })).toBe(false);
  });
});

describe('externalLinkToOpen', () => {
  it('returns plain web links, normalised', () => {
    expect(externalLinkToOpen('https://example.com/news?id=1#top')).toBe('https://example.com/news?id=1#top');
    expect(externalLinkToOpen('http://EXAMPLE.com')).toBe('http://example.com/');
    expect(externalLinkToOpen('https://ar.wikipedia.org/wiki/بغداد')).toBe(
      'https://ar.wikipedia.org/wiki/%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF',
    );
  });

  it.each([
    ['javascript', 'javascript:alert(document.domain)'],
    ['javascript with a web-looking tail', 'javascript://example.com/%0aalert(1)'],
    ['file', 'file:///C:/Windows/System32/calc.exe'],
    ['data', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['another custom scheme', 'vscode://file/etc/passwd'],
    ['smb share', 'smb://server/share'],
    ['mail', 'mailto:someone@example.com'],
    ['our own origin', 'app://muwazi/index.html'],
    ['credentials', 'https://user:secret@example.com/'],
    ['user only', 'https://bank.example.com@evil.example/'],
    ['relative', '/index.html'],
    ['garbage', 'http//example.com'],
    ['empty', ''],
  ])('refuses a %s link', (_kind, url) => {
    expect(externalLinkToOpen(url)).toBeNull();
  });
});

describe('appProtocolPath', () => {
  const inRenderer = (...parts: string[]) => path.join(rendererDir, ...parts);

  it('serves index.html for the bare origin', () => {
    expect(appProtocolPath('app://muwazi/', rendererDir)).toBe(inRenderer('index.html'));
    expect(appProtocolPath('app://muwazi', rendererDir)).toBe(inRenderer('index.html'));
    expect(appProtocolPath('app://muwazi/?lang=ar#top', rendererDir)).toBe(inRenderer('index.html'));
  });

  it('maps paths to files under the renderer folder', () => {
    expect(appProtocolPath('app://muwazi/index.html', rendererDir)).toBe(inRenderer('index.html'));
    expect(appProtocolPath('app://muwazi/assets/index-Ab12.js?v=1', rendererDir)).toBe(
      inRenderer('assets', 'index-Ab12.js'),
    );
    expect(appProtocolPath('app://muwazi/assets/noto%20naskh.woff2', rendererDir)).toBe(
      inRenderer('assets', 'noto naskh.woff2'),
    );
  });

  it.each([
    'app://muwazi/../../etc/passwd',
    'app://muwazi/assets/../../../etc/passwd',
    'app://muwazi/%2e%2e/%2e%2e/etc/passwd',
    'app://muwazi/%2E%2E/secret',
    'app://muwazi/.%2e/secret',
    'app://muwazi/assets/%2e%2e%2f%2e%2e%2fsecret',
    'app://muwazi/..%2fsecret',
    'app://muwazi/..%5csecret',
    'app://muwazi/assets\\..\\..\\secret',
    'app://muwazi/assets%5c..%5c..%5csecret',
    'app://muwazi/%2fetc%2fpasswd',
    'app://muwazi/C:/Windows/win.ini',
    'app://muwazi/C%3a%5cWindows%5cwin.ini',
    'app://muwazi/index.html%00.png',
    'app://muwazi/%E0%A4%A',
  ])('refuses the traversal attempt %s', (url) => {
    expect(appProtocolPath(url, rendererDir)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://user@muwazi/index.html',
    'app://muwazi:1234/index.html',
    'https://muwazi/index.html',
    'file:///srv/muwazi/out/renderer/index.html',
    'not a url',
  ])('refuses a request that is not for our origin: %s', (url) => {
    expect(appProtocolPath(url, rendererDir)).toBeNull();
  });

  it('never returns a path outside the renderer folder, whatever the request', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%2f..', '\\..', '%5c..', '.', '', 'a', '%00'];
    for (const a of attempts) {
      for (const b of attempts) {
        const file = appProtocolPath(`app://muwazi/${a}/${b}/x`, rendererDir);
        if (file !== null) expect(path.relative(rendererDir, file)).not.toMatch(/^\.\.|^[/\\]/);
      }
    }
  });
});
