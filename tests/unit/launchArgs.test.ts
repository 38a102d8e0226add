import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../electron/contract';
import { articleUrl } from '../../electron/core/desktop/appIdentity';
import { identicalInLibrary } from '../../electron/core/desktop/articleFiles';
import { DesktopSession } from '../../electron/core/desktop/desktopSession';
import { EventRelay } from '../../electron/core/desktop/eventRelay';
import { filesFromArgv, filesFromHandover } from '../../electron/core/desktop/launchArgs';
import { isAllowedNavigation } from '../../electron/core/security/policies';
import { MuwaziService } from '../../electron/core/service';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

describe('filesFromArgv', () => {
  const cwd = '/home/reader/Downloads';

  it('takes the files after the executable of a packaged app, resolved against the working folder', () => {
    expect(filesFromArgv(['/opt/Muwazi/muwazi', 'news.txt', '/tmp/other.md'], cwd)).toEqual([
      '/home/reader/Downloads/news.txt',
      '/tmp/other.md',
    ]);
  });

  it('skips the app folder of an unpackaged run, and our switches with their values', () => {
    const argv = [
      '/repo/node_modules/electron/dist/electron',
      '--no-sandbox',
      '/repo',
      '--library',
      '/srv/library',
      '--data=/srv/data',
      'article.html',
    ];
    expect(filesFromArgv(argv, '/repo', { defaultApp: true })).toEqual(['/repo/article.html']);
    // Packaged, the same first argument is a file the user asked for.
    expect(filesFromArgv(['/opt/Muwazi/muwazi', 'notes', 'a.txt'], cwd)).toEqual([
      '/home/reader/Downloads/notes',
      '/home/reader/Downloads/a.txt',
    ]);
  });

  it('skips the switches Chromium and Electron add to a second instance', () => {
    const argv = [
      'C:/Program Files/Muwazi/Muwazi.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13385412345678901',
      '--inspect=0',
      '-psn_0_1234567',
      'مقال.txt',
    ];
    expect(filesFromArgv(argv, cwd)).toEqual(['/home/reader/Downloads/مقال.txt']);
  });

  it('reads file:// URLs as files and skips other URLs and empty arguments', () => {
    const file = '/home/reader/مقالات/a b.txt';
    const argv = [
      '/opt/Muwazi/muwazi',
      pathToFileURL(file).href,
      'https://example.com/a.txt',
      '',
      'app://muwazi/',
    ];
    expect(filesFromArgv(argv, cwd)).toEqual([file]);
  });

  it('treats everything after -- as a file, even a name that starts with a dash', () => {
    expect(filesFromArgv(['/opt/Muwazi/muwazi', '--', '-draft.txt', '--library'], cwd)).toEqual([
      '/home/reader/Downloads/-draft.txt',
      '/home/reader/Downloads/--library',
    ]);
  });

  it('lists a file named twice once', () => {
    expect(
      filesFromArgv(['/opt/Muwazi/muwazi', 'a.txt', './a.txt', '/home/reader/Downloads/a.txt'], cwd),
    ).toEqual(['/home/reader/Downloads/a.txt']);
  });

  it('gives nothing for a plain launch', () => {
    expect(filesFromArgv(['/opt/Muwazi/muwazi'], cwd)).toEqual([]);
    expect(filesFromArgv(['/repo/electron', '.'], '/repo', { defaultApp: true })).toEqual([]);
  });
});

describe('filesFromHandover', () => {
  it('accepts the list a second launch sends', () => {
    expect(filesFromHandover({ files: ['/tmp/a.txt', '/tmp/b.md'] })).toEqual(['/tmp/a.txt', '/tmp/b.md']);
    expect(filesFromHandover({ files: [] })).toEqual([]);
  });

  it('refuses anything else, and keeps only absolute paths', () => {
    for (const data of [
      undefined,
      null,
      'files',
      {},
      { files: '/tmp/a.txt' },
      { files: [1] },
      { files: [''] },
    ]) {
      expect(filesFromHandover(data), JSON.stringify(data)).toBeUndefined();
    }
    expect(filesFromHandover({ files: ['relative.txt', '/tmp/a.txt'] })).toEqual(['/tmp/a.txt']);
  });
});

describe('articleUrl', () => {
  it('opens the window on the article, on our own origin', () => {
    expect(articleUrl('0123456789abcdef')).toBe('app://muwazi/index.html#/read/0123456789abcdef');
    expect(isAllowedNavigation(articleUrl('0123456789abcdef'))).toBe(true);
  });

  it('refuses anything that is not an article id', () => {
    expect(() => articleUrl('../../etc/passwd')).toThrow();
  });
});

describe('opening files handed over at launch', () => {
  let base: string;
  let libraryDir: string;
  let outside: string;
  let service: MuwaziService;
  let events: AppEvent[];
  let session: DesktopSession;

  beforeEach(async () => {
    base = await makeTempDir('muwazi-launch-');
    libraryDir = path.join(base, 'library');
    outside = path.join(base, 'Downloads');
    await mkdir(outside, { recursive: true });
    service = new MuwaziService({
      libraryDir,
      dataDir: path.join(base, 'data'),
      transport: 'electron',
      version: '0.0.0',
    });
    events = [];
    session = new DesktopSession({
      service,
      dataDir: path.join(base, 'data'),
      emit: (event) => events.push(event),
    });
  });
  afterEach(async () => {
    await service.close();
    await removeDir(base);
  });

  const argvFor = (...files: string[]) => filesFromArgv(['/opt/Muwazi/muwazi', ...files], outside);

  it('imports a file from the command line and names the article to show', async () => {
    await writeFile(path.join(outside, 'خبر.txt'), 'عنوان الخبر\n\nنص الخبر');
    await writeFile(path.join(outside, 'خبر.en.txt'), 'The headline\n\nThe story');
    const opened = await session.openFiles(argvFor('خبر.txt'));

    expect(opened.outcome.failed).toEqual([]);
    expect(opened.outcome.imported).toEqual([{ from: 'خبر.txt', file: 'خبر.txt' }]);
    expect((await readdir(libraryDir)).sort()).toEqual(['خبر.en.txt', 'خبر.txt']);
    const article = await service.dispatch('article:open', { id: opened.openId });
    expect(article).toMatchObject({ ok: true, value: { title: { ar: 'عنوان الخبر', en: 'The headline' } } });
    expect(events.map((event) => event.type)).toEqual([
      'import-progress',
      'import-progress',
      'import-finished',
      'library-changed',
    ]);
    expect(events.at(-2)).toEqual({ type: 'import-finished', outcome: opened.outcome });
  });

  it('opens the same article again, without a second copy, when the same file is opened twice', async () => {
    await writeFile(path.join(outside, 'a.txt'), 'عنوان\n\nنص');
    const first = await session.openFiles(argvFor('a.txt'));
    const second = await session.openFiles(argvFor('a.txt'));
    expect(second.openId).toBe(first.openId);
    expect(await readdir(libraryDir)).toEqual(['a.txt']);

    // A different file under the same name is imported beside it, never over it.
    await writeFile(path.join(outside, 'a.txt'), 'عنوان آخر\n\nنص آخر');
    const third = await session.openFiles(argvFor('a.txt'));
    expect(third.openId).not.toBe(first.openId);
    expect((await readdir(libraryDir)).sort()).toEqual(['a (2).txt', 'a.txt']);
    expect(await readFile(path.join(libraryDir, 'a.txt'), 'utf8')).toBe('عنوان\n\nنص');
  });

  it('gives each file that cannot be read its reason, and shows the first that could', async () => {
    await writeFile(path.join(outside, 'scan.pdf'), '%PDF-1.4');
    await writeFile(path.join(outside, 'empty.txt'), '\n');
    await writeFile(path.join(outside, 'good.md'), '# عنوان\n\nنص');
    const opened = await session.openFiles(argvFor('scan.pdf', 'missing.txt', 'empty.txt', 'good.md'));
    expect(opened.outcome.failed).toEqual([
      { from: 'scan.pdf', code: 'unsupported-format' },
      { from: 'missing.txt', code: 'not-found' },
      { from: 'empty.txt', code: 'empty-article' },
    ]);
    expect(opened.outcome.imported).toEqual([{ from: 'good.md', file: 'good.md' }]);
    expect(opened.openId).toMatch(/^[a-f0-9]{16}$/);
  });

  it('has nothing to show when no file could be imported', async () => {
    const opened = await session.openFiles(argvFor('missing.txt'));
    expect(opened.openId).toBeUndefined();
    expect(opened.outcome.failed).toEqual([{ from: 'missing.txt', code: 'not-found' }]);
    expect(events.some((event) => event.type === 'library-changed')).toBe(false);
  });

  it('imports nothing more once the app is quitting', async () => {
    await writeFile(path.join(outside, 'a.txt'), 'عنوان\n\nنص');
    await session.stopImports();
    const opened = await session.openFiles(argvFor('a.txt'));
    expect(opened.outcome).toMatchObject({ imported: [], cancelled: true });
    expect(opened.openId).toBeUndefined();
    expect(await readdir(libraryDir)).toEqual([]);
  });

  it('finds a library copy only when the bytes are the same', async () => {
    await mkdir(libraryDir, { recursive: true });
    await writeFile(path.join(libraryDir, 'a.txt'), 'one');
    await writeFile(path.join(libraryDir, 'a (2).txt'), 'two');
    await writeFile(path.join(libraryDir, 'ab.txt'), 'three');
    await writeFile(path.join(outside, 'a.txt'), 'two');
    expect(await identicalInLibrary(libraryDir, path.join(outside, 'a.txt'))).toBe('a (2).txt');
    await writeFile(path.join(outside, 'a.txt'), 'twO');
    expect(await identicalInLibrary(libraryDir, path.join(outside, 'a.txt'))).toBeUndefined();
    await writeFile(path.join(outside, 'ab.txt'), 'three');
    expect(await identicalInLibrary(libraryDir, path.join(outside, 'ab.txt'))).toBe('ab.txt');
    expect(
      await identicalInLibrary(path.join(base, 'nowhere'), path.join(outside, 'ab.txt')),
    ).toBeUndefined();
  });
});

describe('EventRelay (the preload side of main → window events)', () => {
  const id = '0123456789abcdef';

  it('keeps events that come before the page listens, and hands them to the first listener', async () => {
    const relay = new EventRelay();
    relay.receive({ type: 'open-article', id });
    relay.receive({ type: 'library-changed' });
    const seen: AppEvent[] = [];
    relay.subscribe((event) => seen.push(event));
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([{ type: 'open-article', id }, { type: 'library-changed' }]);
    relay.receive({ type: 'library-changed' });
    expect(seen).toHaveLength(3);
  });

  it("survives React's development double mount: subscribe, unsubscribe, subscribe", async () => {
    const relay = new EventRelay();
    relay.receive({ type: 'open-article', id });
    const first: AppEvent[] = [];
    const second: AppEvent[] = [];
    relay.subscribe((event) => first.push(event))();
    relay.subscribe((event) => second.push(event));
    await Promise.resolve();
    expect(first).toEqual([]);
    expect(second).toEqual([{ type: 'open-article', id }]);
  });

  it('passes on nothing that is not an event of the contract', async () => {
    const relay = new EventRelay();
    const seen: unknown[] = [];
    relay.subscribe((event) => seen.push(event));
    for (const payload of [
      undefined,
      'open-article',
      { type: 'open-article', id: '../../etc/passwd' },
      { type: 'open-article', id, extra: 'x' },
      { type: 'run-code', code: 'alert(1)' },
      { type: 'settings-changed', settings: { uiLanguage: 'fr' } },
      {
        type: 'import-finished',
        outcome: { imported: [], failed: [{ from: 'a', code: 'nope' }], cancelled: false },
      },
    ]) {
      relay.receive(payload);
    }
    relay.receive({ type: 'import-progress', progress: { done: 1, total: 2 } });
    await Promise.resolve();
    expect(seen).toEqual([{ type: 'import-progress', progress: { done: 1, total: 2 } }]);
  });

  it('stops delivering to a listener that unsubscribed, and keeps a bounded backlog', async () => {
    const relay = new EventRelay();
    for (let n = 0; n < 150; n++)
      relay.receive({ type: 'import-progress', progress: { done: n, total: 150 } });
    const seen: AppEvent[] = [];
    const stop = relay.subscribe((event) => seen.push(event));
    await Promise.resolve();
    expect(seen).toHaveLength(100);
    expect(seen[0]).toEqual({ type: 'import-progress', progress: { done: 50, total: 150 } });
    stop();
    relay.receive({ type: 'library-changed' });
    expect(seen).toHaveLength(100);
  });
});
