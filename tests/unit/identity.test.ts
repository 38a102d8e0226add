import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assignIds,
  type IdentityIndex,
  IdentityView,
  type SeenArticle,
} from '../../electron/core/library/identity';
import { Library } from '../../electron/core/library/library';
import { UserData } from '../../electron/core/storage/userData';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await makeTempDir('muwazi-id-');
  dataDir = await makeTempDir('muwazi-iddata-');
});
afterEach(async () => {
  await removeDir(root);
  await removeDir(dataDir);
});

/** A library as a fresh launch of the app makes it, with the user data it reports problems to. */
const openLibrary = () => {
  const userData = new UserData(dataDir);
  const library = new Library(root, userData.identitiesFor(root), userData.libraryIndexFile(root));
  return { userData, library };
};

/** The id store of the library: the data file named by the folder's key alone. */
async function idFile(): Promise<string> {
  const folder = path.join(dataDir, 'libraries');
  const names = (await readdir(folder)).filter((name) => /^[0-9a-f]{16}\.json$/.test(name));
  expect(names).toHaveLength(1);
  return path.join(folder, names[0]!);
}

/** What changes when a file is written again: atomic writes replace it, so the inode changes too. */
async function fileVersion(file: string): Promise<{ ino: bigint; mtime: bigint; text: string }> {
  const { ino, mtimeNs } = await stat(file, { bigint: true });
  return { ino, mtime: mtimeNs, text: await readFile(file, 'utf8') };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('listing a library that did not change', () => {
  it('leaves the id file as it is, in this process and the next', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nنص');
    await writeFile(path.join(root, 'b.txt'), 'عنوان ب\n\nنص آخر');
    const { library } = openLibrary();
    const first = await library.list();
    const written = await fileVersion(await idFile());

    // Long enough for a rewrite to show in the modification time even on coarse file systems.
    await pause(30);
    expect(await library.list()).toEqual(first);
    expect(await openLibrary().library.list()).toEqual(first);
    expect(await fileVersion(await idFile())).toEqual(written);
  });

  it('still saves the ids when a file is added or edited', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nنص');
    const { library } = openLibrary();
    const [article] = (await library.list()).articles;
    const first = await fileVersion(await idFile());

    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nنص مصحح');
    await writeFile(path.join(root, 'c.txt'), 'عنوان ج\n\nنص');
    const listing = await library.list();
    const saved = await fileVersion(await idFile());
    expect(saved.ino).not.toBe(first.ino);
    expect(listing.articles.find((a) => a.file === 'a.txt')).toMatchObject({
      id: article!.id,
      added: article!.added,
    });
    // The next launch reads the ids saved, not new ones.
    expect((await openLibrary().library.list()).articles).toEqual(listing.articles);
  });

  it('keeps a corrupt id file aside, reports it, and saves fresh ids', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nنص');
    await openLibrary().library.list();
    const file = await idFile();
    await writeFile(file, '{"version": 1, "data": {"articles": ');

    const { userData, library } = openLibrary();
    const listing = await library.list();
    expect(listing.articles).toHaveLength(1);
    expect(userData.problems).toEqual([
      { code: 'corrupt-data', file: path.basename(file), keptAs: expect.stringContaining('.corrupt-') },
    ]);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(Object.keys(saved.data.articles)).toEqual([listing.articles[0]!.id]);
  });
});

const entry = (file: string, content: string, title: string, added = '2024-01-01T00:00:00.000Z') => ({
  file,
  content,
  title,
  added,
});
const seenOf = (file: string, content: string, title: string): SeenArticle => ({ file, content, title });

describe('assignIds', () => {
  it('returns the very same index when every file is where it was, unchanged', () => {
    const index: IdentityIndex = {
      articles: {
        aaaaaaaaaaaaaaaa: entry('a.txt', 'h1', 'أ'),
        bbbbbbbbbbbbbbbb: entry('gone.txt', 'h2', 'ب'),
      },
    };
    const result = assignIds(new IdentityView(index), [seenOf('a.txt', 'h1', 'أ')]);
    expect(result.index).toBe(index);
    expect(result.ids).toEqual(new Map([['a.txt', 'aaaaaaaaaaaaaaaa']]));
  });

  it('changes the index for an edit, and gives an added time to an entry saved without one', () => {
    const index: IdentityIndex = { articles: { aaaaaaaaaaaaaaaa: entry('a.txt', 'h1', 'أ') } };
    const edited = assignIds(new IdentityView(index), [seenOf('a.txt', 'h9', 'أ')]);
    expect(edited.index).not.toBe(index);
    expect(edited.index.articles.aaaaaaaaaaaaaaaa).toEqual(entry('a.txt', 'h9', 'أ'));

    const older: IdentityIndex = {
      articles: { aaaaaaaaaaaaaaaa: { file: 'a.txt', content: 'h1', title: 'أ' } },
    };
    const now = new Date('2025-05-05T00:00:00.000Z');
    const dated = assignIds(new IdentityView(older), [seenOf('a.txt', 'h1', 'أ')], now);
    expect(dated.index.articles.aaaaaaaaaaaaaaaa?.added).toBe(now.toISOString());
  });

  it('hands vanished ids out in index order, by content first and then by title, each once', () => {
    const index: IdentityIndex = {
      articles: {
        '1111111111111111': entry('old1.txt', 'same', 'عنوان'),
        '2222222222222222': entry('old2.txt', 'same', 'آخر'),
        '3333333333333333': entry('old3.txt', 'x', 'عنوان'),
        '4444444444444444': entry('old4.txt', 'y', ''),
      },
    };
    const { ids, index: next } = assignIds(new IdentityView(index), [
      seenOf('new1.txt', 'same', 'غير'),
      seenOf('new2.txt', 'edited', 'عنوان'),
      seenOf('new3.txt', 'same', 'غير'),
      seenOf('new4.txt', 'edited again', 'عنوان'),
      seenOf('new5.txt', 'z', ''),
    ]);
    expect(ids.get('new1.txt')).toBe('1111111111111111');
    expect(ids.get('new3.txt')).toBe('2222222222222222');
    // The first vanished entry titled so was taken by content already: the next one is used.
    expect(ids.get('new2.txt')).toBe('3333333333333333');
    // No vanished entry of that title is left, and an empty title matches nothing.
    expect(ids.get('new4.txt')).toMatch(/^[0-9a-f]{16}$/);
    expect(ids.get('new5.txt')).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids.values()).size).toBe(5);
    expect(next.articles['4444444444444444']).toEqual(index.articles['4444444444444444']);
    expect(next.articles['2222222222222222']).toEqual(entry('new3.txt', 'same', 'غير'));
  });
});
