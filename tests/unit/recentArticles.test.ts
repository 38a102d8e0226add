import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppEvent, defaultSettings } from '../../electron/contract';
import { DesktopSession } from '../../electron/core/desktop/desktopSession';
import {
  maxRecentArticles,
  type RecentArticle,
  RecentArticles,
  recentLabel,
  withRecent,
} from '../../electron/core/desktop/recentArticles';
import { MuwaziService } from '../../electron/core/service';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const idOf = (n: number) => n.toString(16).padStart(16, '0');
const entry = (n: number, title = `مقال ${n}`): RecentArticle => ({ id: idOf(n), title: { ar: title } });

describe('withRecent', () => {
  it('puts the article opened last first, once, and keeps the last ten', () => {
    let list: RecentArticle[] = [];
    for (let n = 1; n <= 12; n++) list = withRecent(list, entry(n));
    expect(list.map((item) => item.id)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map(idOf));
    list = withRecent(list, entry(7, 'عنوان جديد'));
    expect(list).toHaveLength(maxRecentArticles);
    expect(list[0]).toEqual(entry(7, 'عنوان جديد'));
    expect(list.filter((item) => item.id === idOf(7))).toHaveLength(1);
  });
});

describe('recentLabel', () => {
  const article: RecentArticle = { id: idOf(1), title: { ar: 'الأخبار & التحليل', en: 'News & analysis' } };

  it('shows the title in the UI language where the article has one', () => {
    expect(recentLabel(article, 'en', 'darwin')).toBe('News & analysis');
    expect(recentLabel(article, 'ar', 'darwin')).toBe('الأخبار & التحليل');
    expect(recentLabel({ id: idOf(2), title: { ar: 'عنوان' } }, 'en', 'darwin')).toBe('عنوان');
  });

  it('doubles & where menus would read it as a mnemonic', () => {
    expect(recentLabel(article, 'en', 'win32')).toBe('News && analysis');
    expect(recentLabel(article, 'en', 'linux')).toBe('News && analysis');
  });

  it('shortens a long title and never gives an empty label', () => {
    const long = recentLabel({ id: idOf(3), title: { ar: 'كلمة '.repeat(40) } }, 'ar', 'linux', 20);
    expect([...long]).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
    expect(recentLabel({ id: idOf(4), title: { ar: '  ' } }, 'ar', 'linux')).toBe(idOf(4));
  });
});

describe('RecentArticles', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir('muwazi-recent-');
  });
  afterEach(() => removeDir(dataDir));

  it('remembers the list across launches, in recent-articles.json', async () => {
    const recent = new RecentArticles(dataDir);
    expect(await recent.list()).toEqual([]);
    expect(await recent.add(entry(1))).toBe(true);
    expect(await recent.add(entry(2))).toBe(true);
    expect(await new RecentArticles(dataDir).list()).toEqual([entry(2), entry(1)]);
    const onDisk = JSON.parse(await readFile(path.join(dataDir, 'recent-articles.json'), 'utf8'));
    expect(onDisk).toEqual({ version: 1, data: { articles: [entry(2), entry(1)] } });
  });

  it('says when nothing changed, and then writes nothing', async () => {
    const recent = new RecentArticles(dataDir);
    await recent.add(entry(1));
    const before = await readFile(path.join(dataDir, 'recent-articles.json'), 'utf8');
    await writeFile(path.join(dataDir, 'recent-articles.json'), `${before} `);
    expect(await recent.add(entry(1))).toBe(false);
    expect(await recent.remove(idOf(9))).toBe(false);
    expect(await readFile(path.join(dataDir, 'recent-articles.json'), 'utf8')).toBe(`${before} `);
  });

  it('drops an article and clears the list', async () => {
    const recent = new RecentArticles(dataDir);
    await recent.add(entry(1));
    await recent.add(entry(2));
    expect(await recent.remove(idOf(1))).toBe(true);
    expect(await recent.list()).toEqual([entry(2)]);
    expect(await recent.clear()).toBe(true);
    expect(await new RecentArticles(dataDir).list()).toEqual([]);
  });

  it('keeps titles short enough for a menu', async () => {
    const recent = new RecentArticles(dataDir);
    await recent.add({ id: idOf(1), title: { ar: 'ب'.repeat(5000), en: 'e'.repeat(5000) } });
    const [stored] = await new RecentArticles(dataDir).list();
    expect(stored!.title.ar.length).toBeLessThanOrEqual(200);
    expect(stored!.title.en!.length).toBeLessThanOrEqual(200);
  });

  it('starts over from a damaged file, keeping it aside and reporting it', async () => {
    await writeFile(path.join(dataDir, 'recent-articles.json'), 'not json');
    const problems: unknown[] = [];
    const recent = new RecentArticles(dataDir, (problem) => problems.push(problem));
    expect(await recent.list()).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ code: 'corrupt-data', file: 'recent-articles.json' }),
    ]);
  });
});

describe('DesktopSession, following the window', () => {
  let base: string;
  let libraryDir: string;
  let dataDir: string;
  let service: MuwaziService;
  let session: DesktopSession;
  let events: AppEvent[];

  beforeEach(async () => {
    base = await makeTempDir('muwazi-session-');
    libraryDir = path.join(base, 'library');
    dataDir = path.join(base, 'data');
    await mkdir(libraryDir, { recursive: true });
    await writeFile(path.join(libraryDir, 'one.txt'), 'العنوان الأول\n\nنص');
    await writeFile(path.join(libraryDir, 'one.en.txt'), 'First title\n\nText');
    await writeFile(path.join(libraryDir, 'two.txt'), 'العنوان الثاني\n\nنص');
    service = new MuwaziService({ libraryDir, dataDir, transport: 'electron', version: '0.0.0' });
    events = [];
    session = new DesktopSession({ service, dataDir, emit: (event) => events.push(event) });
  });
  afterEach(async () => {
    await service.close();
    await removeDir(base);
  });

  /** Calls the service as the window would, and lets the session see the call. */
  async function windowCalls(method: string, input: unknown) {
    const result = await service.dispatch(method, input);
    return { result, observed: await session.observe(method, input, result) };
  }

  async function ids(): Promise<Record<string, string>> {
    const { result } = await windowCalls('library:list', {});
    if (!result.ok) throw new Error('listing failed');
    const listing = result.value as { articles: { file: string; id: string }[] };
    return Object.fromEntries(listing.articles.map((article) => [article.file, article.id]));
  }

  it('makes an opened article current and recent, and names its file for the system', async () => {
    const { 'one.txt': one } = await ids();
    expect(session.currentArticleId).toBeNull();
    const { observed } = await windowCalls('article:head', { id: one, rows: 5 });
    expect(observed).toEqual({ menuChanged: true, openedFile: path.join(libraryDir, 'one.txt') });
    expect(session.currentArticleId).toBe(one);
    expect(await session.recent.list()).toEqual([
      { id: one, title: { ar: 'العنوان الأول', en: 'First title' } },
    ]);
    // The rest of the same article arriving changes nothing.
    expect((await windowCalls('article:open', { id: one })).observed).toEqual({ menuChanged: false });
  });

  it('leaves the article when the window lists the library again', async () => {
    const { 'one.txt': one, 'two.txt': two } = await ids();
    await windowCalls('article:open', { id: one });
    await windowCalls('article:open', { id: two });
    expect(session.currentArticleId).toBe(two);
    expect((await session.recent.list()).map((item) => item.id)).toEqual([two, one]);
    expect((await windowCalls('library:list', {})).observed).toEqual({ menuChanged: true });
    expect(session.currentArticleId).toBeNull();
  });

  it('has no current article once the window is closed', async () => {
    const { 'one.txt': one } = await ids();
    expect(session.windowClosed()).toBe(false);
    await windowCalls('article:open', { id: one });
    expect(session.windowClosed()).toBe(true);
    expect(session.currentArticleId).toBeNull();
  });

  it('drops a recent article that is no longer in the library', async () => {
    const { 'two.txt': two } = await ids();
    await windowCalls('article:open', { id: two });
    await removeDir(path.join(libraryDir, 'two.txt'));
    const { result, observed } = await windowCalls('article:open', { id: two });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(observed).toEqual({ menuChanged: true });
    expect(await session.recent.list()).toEqual([]);
    expect(session.currentArticleId).toBeNull();
  });

  it('passes on settings the window saved, and ignores calls that do not concern it', async () => {
    const settings = { ...defaultSettings, uiLanguage: 'ar' as const, theme: 'dark' as const };
    expect((await windowCalls('settings:save', { settings })).observed).toEqual({
      menuChanged: false,
      settings,
    });
    expect((await windowCalls('settings:get', {})).observed).toEqual({ menuChanged: false });
    expect((await windowCalls('article:open', { id: 'not an id' })).observed).toEqual({ menuChanged: false });
  });

  it('saves a setting changed from the menu and tells the window', async () => {
    const saved = await session.changeSettings((settings) => ({ ...settings, theme: 'dark' }));
    expect(saved.theme).toBe('dark');
    expect(events).toEqual([{ type: 'settings-changed', settings: saved }]);
    // A fresh start reads it back.
    const again = new MuwaziService({ libraryDir, dataDir, transport: 'electron', version: '0.0.0' });
    expect(await again.dispatch('settings:get', {})).toEqual({ ok: true, value: saved });
  });

  it("exports the current article's notes to the file the user chose", async () => {
    const { 'one.txt': one } = await ids();
    const added = await service.dispatch('annotations:add', {
      id: one,
      lang: 'ar',
      start: 0,
      end: 2,
      color: 'yellow',
      note: 'ملاحظة مهمة',
    });
    expect(added).toMatchObject({ ok: true });
    const exported = await session.exportNotes(one!, 'md');
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.fileName).toBe('one.annotations.md');
    const target = path.join(base, 'chosen', 'notes.md');
    await mkdir(path.dirname(target));
    await session.saveExport(exported.value, target);
    const written = await readFile(target, 'utf8');
    expect(written).toBe(exported.value.content);
    expect(written).toContain('ملاحظة مهمة');

    await expect(
      session.saveExport(exported.value, path.join(base, 'missing', 'notes.md')),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
