import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, methodNames } from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let libraryDir: string;
let dataDir: string;
const makeService = () =>
  new MuwaziService({
    libraryDir,
    dataDir,
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '1.2.3',
  });

beforeEach(async () => {
  const base = await makeTempDir('muwazi-service-');
  libraryDir = path.join(base, 'library');
  dataDir = path.join(base, 'data');
});
afterEach(() => removeDir(path.dirname(libraryDir)));

describe('MuwaziService', () => {
  it('copies the sample library on first run, once, and lists it', async () => {
    const service = makeService();
    const listed = await service.dispatch('library:list', {});
    expect(listed).toMatchObject({
      ok: true,
      value: { articles: [{ file: sampleArticleName, paragraphs: 13, translated: 1 }] },
    });
    expect((await readdir(libraryDir)).sort()).toEqual(['000_bd4b036bb5736eee.en.txt', sampleArticleName]);

    // A user who deletes the sample does not get it back on the next launch.
    await Promise.all((await readdir(libraryDir)).map((f) => rm(path.join(libraryDir, f))));
    const again = await makeService().dispatch('library:list', {});
    expect(again).toMatchObject({ ok: true, value: { articles: [] } });
  });

  it('never replaces a file the user already has under the sample name', async () => {
    await mkdir(libraryDir, { recursive: true });
    await writeFile(path.join(libraryDir, sampleArticleName), 'نصي\n\nلا تلمسه');
    const listed = await makeService().dispatch('library:list', {});
    expect(listed).toMatchObject({ ok: true, value: { articles: [{ title: { ar: 'نصي' } }] } });
  });

  it('opens an article by the id the listing gave', async () => {
    const service = makeService();
    const listed = await service.dispatch('library:list', {});
    const id = (listed as { value: { articles: { id: string }[] } }).value.articles[0]!.id;
    const opened = await service.dispatch('article:open', { id });
    expect(opened).toMatchObject({ ok: true, value: { id, source: { file: sampleArticleName } } });
  });

  it('returns errors as values for unknown methods and malformed input, with no effect on disk', async () => {
    const service = makeService();
    expect(await service.dispatch('fs:delete', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await service.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    expect(await service.dispatch('article:open', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await service.dispatch('settings:save', { settings: { uiLanguage: 'fr' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await service.dispatch('library:list', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await expect(readdir(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('remembers settings and reading positions across instances', async () => {
    const settings = { ...defaultSettings, uiLanguage: 'ar' as const, arabicSide: 'left' as const };
    expect(await makeService().dispatch('settings:save', { settings })).toEqual({
      ok: true,
      value: settings,
    });
    expect(await makeService().dispatch('settings:get', {})).toEqual({ ok: true, value: settings });

    const id = 'aaaaaaaaaaaaaaaa';
    expect(await makeService().dispatch('position:get', { id })).toEqual({ ok: true, value: null });
    await makeService().dispatch('position:save', { id, position: { row: 7, offset: 0.25 } });
    expect(await makeService().dispatch('position:get', { id })).toEqual({
      ok: true,
      value: { row: 7, offset: 0.25 },
    });
  });

  it('reports a corrupt settings file through app:info and keeps working', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'settings.json'), 'not json');
    const service = makeService();
    const info = await service.dispatch('app:info', {});
    expect(info).toMatchObject({
      ok: true,
      value: {
        version: '1.2.3',
        transport: 'browser',
        dataProblems: [{ code: 'corrupt-data', file: 'settings.json' }],
      },
    });
    expect(await service.dispatch('settings:get', {})).toEqual({ ok: true, value: defaultSettings });
  });

  it('answers every method in the contract', async () => {
    const service = makeService();
    for (const method of methodNames) {
      const result = await service.dispatch(
        method,
        method.startsWith('position') || method === 'article:open' ? { id: 'x' } : {},
      );
      expect(result.ok || result.error.code !== 'unknown-method').toBe(true);
    }
  });
});
