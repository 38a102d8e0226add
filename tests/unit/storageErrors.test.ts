import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DataProblem, defaultSettings, type Result, type Settings } from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * A save that cannot happen says why (disk full, read-only, broken folder) and leaves the last
 * good file as it was; a file the app cannot trust is kept aside and reported, and the app goes
 * on with defaults.
 */

let base: string;
let libraryDir: string;
let dataDir: string;

const service = () => new MuwaziService({ libraryDir, dataDir, transport: 'browser', version: '1.0.0' });
const larger: Settings = {
  ...defaultSettings,
  text: { ...defaultSettings.text, ar: { fontSize: 30, lineHeight: 2.2 } },
};
const arabicUi: Settings = { ...defaultSettings, uiLanguage: 'ar' };

function errorCode(result: Result<unknown>): string | undefined {
  return result.ok ? undefined : result.error.code;
}

beforeEach(async () => {
  base = await makeTempDir('muwazi-storage-');
  libraryDir = path.join(base, 'library');
  dataDir = path.join(base, 'data');
  await mkdir(libraryDir);
  await mkdir(dataDir);
});
afterEach(() => removeDir(base));

// ---------------------------------------------------------------------------------------
// Full and read-only disks: a real small file system, since chmod stops nothing as root.
// ---------------------------------------------------------------------------------------

function mountTmpfs(dir: string, kilobytes: number): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k,mode=0755`, 'tmpfs', dir], {
    stdio: 'pipe',
  });
}
function unmount(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
}

/** Whether this machine lets the tests mount a small tmpfs (root on Linux with CAP_SYS_ADMIN). */
async function canMount(): Promise<string | undefined> {
  if (process.platform !== 'linux') return `mounting a tmpfs needs Linux (this is ${process.platform})`;
  const probe = await makeTempDir('muwazi-mount-probe-');
  try {
    mountTmpfs(probe, 64);
    unmount(probe);
    return undefined;
  } catch (error) {
    return `mount -t tmpfs is not permitted here (${String((error as Error).message).split('\n')[0]})`;
  } finally {
    await removeDir(probe);
  }
}

const cannotMount = await canMount();
if (cannotMount) {
  console.warn(`storageErrors: disk-full and read-only cases skipped: ${cannotMount}`);
}

describe.skipIf(cannotMount !== undefined)('saving on a full or read-only disk (needs a tmpfs mount)', () => {
  let mounted = false;
  beforeEach(() => {
    // The data folder itself is the small disk.
    mountTmpfs(dataDir, 64);
    mounted = true;
  });
  afterEach(() => {
    if (mounted) unmount(dataDir);
    mounted = false;
  });

  it('says disk-full, keeps the last settings file whole and the old settings in use', async () => {
    const app = service();
    expect(await app.dispatch('settings:save', { settings: larger })).toMatchObject({ ok: true });
    expect(
      await app.dispatch('position:save', { id: '0123456789abcdef', position: { row: 3, offset: 0 } }),
    ).toMatchObject({ ok: true });
    const saved = await readFile(path.join(dataDir, 'settings.json'));
    const savedPositions = await readFile(path.join(dataDir, 'positions.json'));

    // Fill what is left of the disk.
    await writeFile(path.join(dataDir, 'filler'), Buffer.alloc(256 * 1024)).catch((error) => {
      expect(error).toMatchObject({ code: 'ENOSPC' });
    });

    const refused = await app.dispatch('settings:save', { settings: arabicUi });
    expect(errorCode(refused)).toBe('disk-full');
    expect(refused.ok ? '' : refused.error.message).toMatch(/settings\.json/);
    const positionRefused = await app.dispatch('position:save', {
      id: '0123456789abcdef',
      position: { row: 9, offset: 0.5 },
    });
    expect(errorCode(positionRefused)).toBe('disk-full');

    expect(await readFile(path.join(dataDir, 'settings.json'))).toEqual(saved);
    expect(await readFile(path.join(dataDir, 'positions.json'))).toEqual(savedPositions);
    // No temp file left behind by the failed saves: only the filler and the stores' own files.
    expect(
      (await readdir(dataDir)).filter((name) => name !== 'filler' && !/^[\w-]+\.json$/.test(name)),
    ).toEqual([]);
    // What the app shows is what is on disk, not the change that failed.
    expect(await app.dispatch('settings:get', {})).toEqual({ ok: true, value: larger });
    expect(await service().dispatch('settings:get', {})).toEqual({ ok: true, value: larger });
    expect(await service().dispatch('position:get', { id: '0123456789abcdef' })).toEqual({
      ok: true,
      value: { row: 3, offset: 0 },
    });
  });

  it('says read-only, keeps the last settings file whole, and still reads it', async () => {
    const app = service();
    expect(await app.dispatch('settings:save', { settings: larger })).toMatchObject({ ok: true });
    const saved = await readFile(path.join(dataDir, 'settings.json'));
    execFileSync('mount', ['-o', 'remount,ro', dataDir], { stdio: 'pipe' });

    expect(errorCode(await app.dispatch('settings:save', { settings: arabicUi }))).toBe('read-only');
    expect(
      errorCode(
        await app.dispatch('position:save', { id: '0123456789abcdef', position: { row: 1, offset: 0 } }),
      ),
    ).toBe('read-only');
    expect(await readFile(path.join(dataDir, 'settings.json'))).toEqual(saved);
    expect(await app.dispatch('settings:get', {})).toEqual({ ok: true, value: larger });
    // A fresh start on the read-only folder reads what is there.
    expect(await service().dispatch('settings:get', {})).toEqual({ ok: true, value: larger });
  });

  it('says read-only when a damaged file cannot even be moved aside, and overwrites nothing', async () => {
    await writeFile(path.join(dataDir, 'settings.json'), '{"version": 1, "data": {"uiLanguage": ');
    execFileSync('mount', ['-o', 'remount,ro', dataDir], { stdio: 'pipe' });
    const app = service();
    const result = await app.dispatch('settings:get', {});
    expect(errorCode(result)).toBe('read-only');
    expect(await readFile(path.join(dataDir, 'settings.json'), 'utf8')).toBe(
      '{"version": 1, "data": {"uiLanguage": ',
    );
  });
});

// ---------------------------------------------------------------------------------------
// A data folder that cannot exist: its parent is a regular file.
// ---------------------------------------------------------------------------------------

describe('a data folder under a regular file', () => {
  it('says io-error on save, and on read, rather than carrying on silently', async () => {
    const file = path.join(base, 'not-a-folder');
    await writeFile(file, 'a file where a folder should be');
    dataDir = path.join(file, 'data');
    const app = service();
    expect(errorCode(await app.dispatch('settings:save', { settings: larger }))).toBe('io-error');
    expect(errorCode(await app.dispatch('settings:get', {}))).toBe('io-error');
    expect(await readFile(file, 'utf8')).toBe('a file where a folder should be');
  });
});

// ---------------------------------------------------------------------------------------
// Files that cannot be trusted: kept aside, reported, and the app goes on.
// ---------------------------------------------------------------------------------------

async function appProblems(app: MuwaziService): Promise<DataProblem[]> {
  const info = await app.dispatch('app:info', {});
  expect(info.ok).toBe(true);
  return (info as { value: { dataProblems: DataProblem[] } }).value.dataProblems;
}

async function keptAside(folder: string, problem: DataProblem | undefined, original: string): Promise<void> {
  expect(problem?.keptAs).toBeDefined();
  expect(await readFile(path.join(folder, problem!.keptAs!), 'utf8')).toBe(original);
}

describe('damaged and newer data files', () => {
  it('keeps a corrupt positions file aside, reports it, and saves new positions', async () => {
    const original = '{"version": 1, "data": {"0123456789abcdef": {"row": "three"}}}';
    await writeFile(path.join(dataDir, 'positions.json'), original);
    const app = service();
    const problems = await appProblems(app);
    expect(problems).toEqual([
      {
        code: 'corrupt-data',
        file: 'positions.json',
        keptAs: expect.stringMatching(/^positions\.json\.corrupt-/),
      },
    ]);
    await keptAside(dataDir, problems[0], original);
    expect(await app.dispatch('position:get', { id: '0123456789abcdef' })).toEqual({ ok: true, value: null });
    const position = { row: 4, offset: 0.25 };
    expect(await app.dispatch('position:save', { id: '0123456789abcdef', position })).toEqual({
      ok: true,
      value: position,
    });
    expect(await service().dispatch('position:get', { id: '0123456789abcdef' })).toEqual({
      ok: true,
      value: position,
    });
    // The damaged copy is still there, untouched, beside the new file.
    await keptAside(dataDir, problems[0], original);
  });

  it('keeps settings and positions written by a newer version aside and reports them', async () => {
    const newerSettings = JSON.stringify({ version: 7, data: { ...defaultSettings, future: true } });
    const newerPositions = JSON.stringify({
      version: 2,
      data: { '0123456789abcdef': { row: 1, offset: 0 } },
    });
    await writeFile(path.join(dataDir, 'settings.json'), newerSettings);
    await writeFile(path.join(dataDir, 'positions.json'), newerPositions);
    const app = service();
    const problems = await appProblems(app);
    const byFile = new Map(problems.map((p) => [p.file, p]));
    expect(byFile.get('settings.json')).toMatchObject({ code: 'newer-data' });
    expect(byFile.get('positions.json')).toMatchObject({ code: 'newer-data' });
    await keptAside(dataDir, byFile.get('settings.json'), newerSettings);
    await keptAside(dataDir, byFile.get('positions.json'), newerPositions);
    expect(await app.dispatch('settings:get', {})).toEqual({ ok: true, value: defaultSettings });
    expect(await app.dispatch('settings:save', { settings: larger })).toEqual({ ok: true, value: larger });
    // The newer file was never overwritten: the save went to a new settings.json.
    await keptAside(dataDir, byFile.get('settings.json'), newerSettings);
  });

  it('keeps a corrupt or newer annotations file aside when its article is opened, and goes on', async () => {
    await writeFile(path.join(libraryDir, 'a.txt'), 'عنوان أ\n\nالفقرة الأولى من المقال.\n');
    await writeFile(path.join(libraryDir, 'b.txt'), 'عنوان ب\n\nالفقرة الأولى من مقال آخر.\n');
    const app = service();
    const listed = await app.dispatch('library:list', {});
    const ids = (listed as { value: { articles: { id: string; file: string }[] } }).value.articles;
    const idA = ids.find((a) => a.file === 'a.txt')!.id;
    const idB = ids.find((a) => a.file === 'b.txt')!.id;

    const notesDir = path.join(dataDir, 'annotations');
    await mkdir(notesDir);
    const corrupt = '{"version": 1, "data": {"annotations": [{"id": 5}], "bookmarks": []}}';
    const newer = JSON.stringify({ version: 99, data: { annotations: [], bookmarks: [], tags: [] } });
    await writeFile(path.join(notesDir, `${idA}.json`), corrupt);
    await writeFile(path.join(notesDir, `${idB}.json`), newer);

    expect(await app.dispatch('annotations:list', { id: idA })).toEqual({
      ok: true,
      value: { anchored: [], orphaned: [], bookmarks: [] },
    });
    expect(await app.dispatch('annotations:list', { id: idB })).toMatchObject({ ok: true });
    const problems = await appProblems(app);
    const byFile = new Map(problems.map((p) => [p.file, p]));
    expect(byFile.get(`${idA}.json`)).toMatchObject({ code: 'corrupt-data' });
    expect(byFile.get(`${idB}.json`)).toMatchObject({ code: 'newer-data' });
    await keptAside(notesDir, byFile.get(`${idA}.json`), corrupt);
    await keptAside(notesDir, byFile.get(`${idB}.json`), newer);

    // New notes on the same article save to a fresh file; the kept copy stays as it was.
    const added = await app.dispatch('annotations:add', {
      id: idA,
      lang: 'ar',
      start: 0,
      end: 6,
      color: 'yellow',
    });
    expect(added).toMatchObject({ ok: true });
    expect(await service().dispatch('annotations:list', { id: idA })).toMatchObject({
      ok: true,
      value: { anchored: [{ start: 0, end: 6 }] },
    });
    await keptAside(notesDir, byFile.get(`${idA}.json`), corrupt);
  });
});
