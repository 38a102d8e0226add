import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryListing, Result } from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
let service: MuwaziService;
const library = () => path.join(base, 'library');

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const listing = async () => value<LibraryListing>(await service.dispatch('library:list', {}));

beforeEach(async () => {
  base = await makeTempDir('muwazi-manage-');
  // The system trash of this test, not the user's.
  process.env.XDG_DATA_HOME = path.join(base, 'xdg');
  service = new MuwaziService({
    libraryDir: library(),
    dataDir: path.join(base, 'data'),
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '0',
  });
});
afterEach(async () => {
  await service.close();
  await removeDir(base);
});

describe('managing the library', () => {
  it('renames an article with its translation; the id, notes and position stay', async () => {
    const { id } = (await listing()).articles[0]!;
    await service.dispatch('bookmarks:add', { id, row: 3, name: 'here' });
    await service.dispatch('position:save', { id, position: { row: 5, offset: 0 } });
    expect(value(await service.dispatch('library:rename', { id, name: 'Iraq withdrawal' }))).toEqual({
      file: 'Iraq withdrawal.txt',
    });
    expect((await readdir(library())).sort()).toEqual(['Iraq withdrawal.en.txt', 'Iraq withdrawal.txt']);
    const after = await listing();
    expect(after.articles).toMatchObject([{ id, file: 'Iraq withdrawal.txt', translated: 1 }]);
    expect(after.articles[0]!.lastRead).toMatch(/^\d{4}-/);
    expect(after.articles[0]!.added).toMatch(/^\d{4}-/);
    expect(value(await service.dispatch('position:get', { id }))).toEqual({ row: 5, offset: 0 });
    const notes = value<{ bookmarks: { row: number }[] }>(await service.dispatch('annotations:list', { id }));
    expect(notes.bookmarks.map((b) => b.row)).toEqual([3]);
  });

  it('refuses a name that is taken or leaves the folder, changing nothing', async () => {
    const { id } = (await listing()).articles[0]!;
    await writeFile(path.join(library(), 'taken.txt'), 'عنوان\n\nنص');
    expect(await service.dispatch('library:rename', { id, name: 'taken' })).toMatchObject({
      ok: false,
      error: { code: 'name-taken' },
    });
    for (const name of ['../outside', 'a/b', '.hidden', '']) {
      expect(await service.dispatch('library:rename', { id, name })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect((await readdir(library())).sort()).toEqual([
      '000_bd4b036bb5736eee.en.txt',
      sampleArticleName,
      'taken.txt',
    ]);
  });

  it('moves an article and its translation to the system trash, not into oblivion', async () => {
    const { id } = (await listing()).articles[0]!;
    expect(value(await service.dispatch('library:trash', { id }))).toEqual({
      trashed: [sampleArticleName, '000_bd4b036bb5736eee.en.txt'],
    });
    expect(await readdir(library())).toEqual([]);
    expect((await listing()).articles).toEqual([]);
    // The trash keeps where each file came from, so the user can put it back.
    const infoDir = path.join(base, 'xdg', 'Trash', 'info');
    const infos = await Promise.all(
      (await readdir(infoDir)).map((f) => readFile(path.join(infoDir, f), 'utf8')),
    );
    const origins = infos.map((info) => decodeURIComponent(/^Path=(.*)$/m.exec(info)![1]!)).sort();
    expect(origins).toEqual([
      path.join(library(), '000_bd4b036bb5736eee.en.txt'),
      path.join(library(), sampleArticleName),
    ]);
  });
});
