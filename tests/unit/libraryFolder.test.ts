import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AnchoredNote,
  AppInfo,
  ArticleNotesView,
  BookmarkEverywhere,
  LibraryListing,
  Result,
} from '../../electron/contract';
import { documentTexts } from '../../electron/core/annotations/documentText';
import { DesktopSession } from '../../electron/core/desktop/desktopSession';
import { type LibraryChangedEvent, MuwaziService, type ServiceOptions } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
/** Documents/Muwazi in a real launch. */
let defaultDir: string;
let dataDir: string;
/** Folders the reader may open as library, each with one article of its own. */
let folderA: string;
let folderB: string;
const services: MuwaziService[] = [];

/** The folder the next dialog "returns"; null is the reader cancelling. */
let dialogAnswer: string | null;
let dialogsShown: number;
const chooseFolder = async () => {
  dialogsShown += 1;
  return dialogAnswer;
};

/** A desktop launch with nothing named: the default library, or the one opened last time. */
function desktop(options: Partial<ServiceOptions> = {}): MuwaziService {
  const service = new MuwaziService({
    libraryDir: defaultDir,
    libraryIsDefault: true,
    dataDir,
    chooseFolder,
    transport: 'electron',
    version: '0',
    ...options,
  });
  services.push(service);
  return service;
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function listing(service: MuwaziService): Promise<LibraryListing> {
  return value<LibraryListing>(await service.dispatch('library:list', {}));
}

async function titles(service: MuwaziService): Promise<string[]> {
  return (await listing(service)).articles.map((article) => article.title.ar).sort();
}

async function info(service: MuwaziService): Promise<AppInfo> {
  return value<AppInfo>(await service.dispatch('app:info', {}));
}

async function choose(service: MuwaziService, folder: string | null): Promise<Result<unknown>> {
  dialogAnswer = folder;
  return service.dispatch('library:choose-folder', {});
}

async function writeArticle(folder: string, name: string, title: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, name), `${title}\n\nالفقرة الأولى من المقال، وفيها كلمات تُظلَّل.\n`);
}

beforeEach(async () => {
  base = await makeTempDir('muwazi-library-folder-');
  defaultDir = path.join(base, 'Documents', 'Muwazi');
  dataDir = path.join(base, 'data');
  folderA = path.join(base, 'Arabic press');
  folderB = path.join(base, 'مقالات');
  await writeArticle(defaultDir, 'default.txt', 'مقال المكتبة الأولى');
  await writeArticle(folderA, 'a.txt', 'مقال من المجلد أ');
  await writeArticle(folderB, 'b.txt', 'مقال من المجلد ب');
  dialogAnswer = null;
  dialogsShown = 0;
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
  await removeDir(base);
});

describe('opening a folder as library', () => {
  it("lists the chosen folder's articles and reports it as the library folder", async () => {
    const service = desktop();
    expect(await titles(service)).toEqual(['مقال المكتبة الأولى']);

    expect(value(await choose(service, folderA))).toEqual({ folder: folderA });
    expect(dialogsShown).toBe(1);
    const listed = await listing(service);
    expect(listed.folder).toBe(folderA);
    expect(listed.articles.map((article) => article.file)).toEqual(['a.txt']);
    expect((await info(service)).libraryFolder).toBe(folderA);
  });

  it('keeps each library with its own notes and bookmarks when switching back and forth', async () => {
    const service = desktop();
    await choose(service, folderA);
    const [article] = (await listing(service)).articles;
    const id = article!.id;
    const opened = value<Parameters<typeof documentTexts>[0]>(await service.dispatch('article:open', { id }));
    const start = documentTexts(opened).ar.indexOf('كلمات');
    expect(start).toBeGreaterThanOrEqual(0);
    const note = value<AnchoredNote>(
      await service.dispatch('annotations:add', {
        id,
        lang: 'ar',
        start,
        end: start + 'كلمات'.length,
        color: 'yellow',
        note: 'words',
      }),
    );
    value(await service.dispatch('bookmarks:add', { id, row: 0, name: 'start' }));

    await choose(service, folderB);
    const otherIds = (await listing(service)).articles.map((each) => each.id);
    expect(otherIds).not.toContain(id);
    expect(value<BookmarkEverywhere[]>(await service.dispatch('bookmarks:all', {}))).toEqual([]);
    expect(await service.dispatch('annotations:list', { id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    await choose(service, folderA);
    expect((await listing(service)).articles.map((each) => each.id)).toEqual([id]);
    const view = value<ArticleNotesView>(await service.dispatch('annotations:list', { id }));
    expect(view.anchored.map((each) => each.annotation.id)).toEqual([note.annotation.id]);
    expect(view.anchored[0]?.annotation.body.note).toBe('words');
    expect(view.bookmarks.map((each) => each.bookmark.name)).toEqual(['start']);

    // And after a restart, in the same library.
    const again = desktop();
    expect((await listing(again)).articles.map((each) => each.id)).toEqual([id]);
    const restored = value<ArticleNotesView>(await again.dispatch('annotations:list', { id }));
    expect(restored.anchored).toHaveLength(1);
  });

  it('lets go of the articles loaded in a library once the reader leaves it', async () => {
    const service = desktop();
    await choose(service, folderA);
    const id = (await listing(service)).articles[0]!.id;
    const open = async () => value<object>(await service.dispatch('article:open', { id }));
    const first = await open();
    // Opened again unchanged, it comes from the cache: the very same object.
    expect(await open()).toBe(first);

    await choose(service, folderB);
    await choose(service, folderA);
    const reloaded = await open();
    expect(reloaded).not.toBe(first);
    expect(reloaded).toEqual(first);
  });

  it('does not show a file opened from the system when the reader switched library meanwhile', async () => {
    const service = desktop();
    await listing(service);
    const outside = path.join(base, 'Downloads');
    await writeArticle(outside, 'opened.txt', 'مقال مفتوح');
    // Another article of the same name in the other library: the id of the wrong article.
    await writeArticle(folderA, 'opened.txt', 'مقال آخر بالاسم نفسه');
    // The switch the folder dialog makes, done the moment the import finishes (as a reader's
    // could land anywhere while the import ran): the dialog's own way goes through the disk.
    const switchNow = service as unknown as { use(folder: string): void };
    const session = new DesktopSession({
      service,
      dataDir,
      emit: (event) => {
        if (event.type === 'import-finished') switchNow.use(folderA);
      },
    });
    const opened = await session.openFiles([path.join(outside, 'opened.txt')]);
    expect(opened.outcome.imported).toEqual([{ from: 'opened.txt', file: 'opened.txt' }]);
    expect(opened.openId).toBeUndefined();
    expect(await service.libraryFolder()).toBe(folderA);
    expect(await readdir(defaultDir)).toContain('opened.txt');
  });

  it('is remembered: the next launch opens the chosen folder', async () => {
    await choose(desktop(), folderB);
    const next = desktop();
    expect((await info(next)).libraryFolder).toBe(folderB);
    expect(await titles(next)).toEqual(['مقال من المجلد ب']);
    expect(JSON.parse(await readFile(path.join(dataDir, 'library-folder.json'), 'utf8'))).toEqual({
      version: 1,
      data: { folder: folderB },
    });
  });

  it('gives way to a folder named at launch (--library), without forgetting the choice', async () => {
    await choose(desktop(), folderB);
    const named = desktop({ libraryDir: folderA, libraryIsDefault: false });
    expect((await info(named)).libraryFolder).toBe(folderA);
    expect(await titles(named)).toEqual(['مقال من المجلد أ']);

    // Launched again without a name, the chosen folder is back.
    expect((await info(desktop())).libraryFolder).toBe(folderB);
  });

  it('falls back to the default when the remembered folder is gone, and loses nothing', async () => {
    const first = desktop();
    await choose(first, folderB);
    const id = (await listing(first)).articles[0]!.id;
    value(await first.dispatch('bookmarks:add', { id, row: 0 }));
    await first.close();

    const unplugged = `${folderB}-unplugged`;
    await rename(folderB, unplugged);
    const meanwhile = desktop();
    expect(await titles(meanwhile)).toEqual(['مقال المكتبة الأولى']);
    const { libraryFolder, dataProblems } = await info(meanwhile);
    expect(libraryFolder).toBe(defaultDir);
    expect(dataProblems).toEqual([{ code: 'not-found', file: folderB }]);
    await meanwhile.close();

    // The folder is back (a drive plugged in again): so are its library and its bookmark.
    await rename(unplugged, folderB);
    const later = desktop();
    expect((await info(later)).libraryFolder).toBe(folderB);
    expect((await info(later)).dataProblems).toEqual([]);
    const view = value<ArticleNotesView>(await later.dispatch('annotations:list', { id }));
    expect(view.bookmarks).toHaveLength(1);
  });

  it('changes nothing when the reader cancels the dialog', async () => {
    const service = desktop();
    const events: LibraryChangedEvent[] = [];
    service.subscribe((event) => events.push(event));
    const before = await listing(service);

    expect(await choose(service, null)).toEqual({ ok: true, value: null });
    expect(dialogsShown).toBe(1);
    expect(await listing(service)).toEqual(before);
    expect(events).toEqual([]);
    expect(existsSync(path.join(dataDir, 'library-folder.json'))).toBe(false);
  });

  it('refuses a folder that is not there, or a file, with nothing changed', async () => {
    const service = desktop();
    for (const target of [path.join(base, 'missing'), path.join(folderA, 'a.txt')]) {
      expect(await choose(service, target)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    expect((await info(service)).libraryFolder).toBe(defaultDir);
    expect(existsSync(path.join(dataDir, 'library-folder.json'))).toBe(false);
  });

  it('tells listeners the whole library changed, and watches the new folder', async () => {
    const service = desktop();
    await listing(service);
    const events: LibraryChangedEvent[] = [];
    service.subscribe((event) => events.push(event));
    await service.watching();

    await choose(service, folderA);
    expect(events).toEqual([{ type: 'library-changed' }]);

    // The watcher follows: a file added to the new library is reported by its id.
    await service.watching();
    const reported = new Promise<LibraryChangedEvent>((resolve) => {
      service.subscribe((event) => {
        if (event.ids?.length) resolve(event);
      });
    });
    await writeArticle(folderA, 'new.txt', 'مقال جديد في المجلد أ');
    const event = await reported;
    const added = (await listing(service)).articles.find((article) => article.file === 'new.txt');
    expect(event.ids).toEqual([added!.id]);
  });

  it('shows one dialog at a time', async () => {
    const service = desktop();
    dialogAnswer = folderA;
    const [first, second] = await Promise.all([
      service.dispatch('library:choose-folder', {}),
      service.dispatch('library:choose-folder', {}),
    ]);
    expect(dialogsShown).toBe(1);
    expect(first).toEqual({ ok: true, value: { folder: folderA } });
    expect(second).toEqual(first);
  });

  it('copies the sample article into the default library only, never into a chosen folder', async () => {
    const service = desktop({ sampleDir: sampleLibraryDir });
    await choose(service, folderA);
    expect(await readdir(folderA)).toEqual(['a.txt']);
    expect(await readdir(defaultDir)).toContain(sampleArticleName);
  });

  it('imports into the library in use', async () => {
    const service = desktop();
    await choose(service, folderA);
    const content = Buffer.from('مقال مستورد\n\nنص المقال.\n').toString('base64');
    value(await service.dispatch('library:import', { files: [{ name: 'imported.txt', content }] }));
    expect((await readdir(folderA)).sort()).toEqual(['a.txt', 'imported.txt']);
    expect(await readdir(defaultDir)).toEqual(['default.txt']);
  });
});

describe('opening a folder as library in browser mode', () => {
  it('is not available: another library comes from --library', async () => {
    const service = new MuwaziService({
      libraryDir: folderA,
      dataDir,
      transport: 'browser',
      version: '0',
    });
    services.push(service);
    const result = await service.dispatch('library:choose-folder', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-available' } });
    expect(!result.ok && result.error.message).toContain('npm run serve -- --library <folder>');
    expect((await info(service)).libraryFolder).toBe(folderA);
  });
});
