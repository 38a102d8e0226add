import { copyFile, mkdir, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../electron/core/library/library';
import { UserData } from '../../electron/core/storage/userData';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let root: string;
let outside: string;
let dataDir: string;
beforeEach(async () => {
  root = await makeTempDir('muwazi-lib-');
  outside = await makeTempDir('muwazi-outside-');
  dataDir = await makeTempDir('muwazi-libdata-');
});
afterEach(async () => {
  await removeDir(root);
  await removeDir(outside);
  await removeDir(dataDir);
});

/** Text in Windows-1256, built from the decoder's own table (Node can decode it, not encode it). */
function encode1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Buffer.from([...text].map((char) => table.get(char)!));
}

/** A library over real folders, as a fresh launch of the app would make it. */
const makeLibrary = (folder = root) => {
  const userData = new UserData(dataDir);
  return new Library(folder, userData.identitiesFor(folder), userData.libraryIndexFile(folder));
};
const idOf = async (library: Library, file: string) =>
  (await library.list()).articles.find((a) => a.file === file)?.id;

describe('Library', () => {
  it('lists articles with titles and translated share, pairing sidecars', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nفقرة ١\n\nفقرة ٢\n');
    await writeFile(path.join(root, 'a.en.txt'), 'Title A\n\nParagraph 1\n\nParagraph 2\n');
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'sub', 'b.md'), '# عنوان ب\n\nنص\n');
    const listing = await makeLibrary().list();
    expect(listing.problems).toEqual([]);
    expect(listing.articles).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        added: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        file: 'a.txt',
        title: { ar: 'عنوان أ', en: 'Title A' },
        paragraphs: 2,
        translated: 1,
      },
      {
        id: expect.stringMatching(/^[0-9a-f]{16}$/),
        added: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        file: 'sub/b.md',
        title: { ar: 'عنوان ب' },
        paragraphs: 1,
        translated: 0,
      },
    ]);
    expect(listing.articles[0]!.id).not.toBe(listing.articles[1]!.id);
    // The same ids at the next launch.
    const again = await makeLibrary().list();
    expect(again.articles.map((a) => a.id)).toEqual(listing.articles.map((a) => a.id));
  });

  it('opens an article by id and reports an unknown id as not found', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\nسطر أول\nسطر ثان\n');
    const library = makeLibrary();
    const id = (await idOf(library, 'a.txt'))!;
    const article = await library.open(id);
    expect(article.id).toBe(id);
    expect(article.ar.map((s) => s.text)).toEqual(['سطر أول', 'سطر ثان']);
    expect(article.alignment).toEqual([
      { ar: [0], en: [] },
      { ar: [1], en: [] },
    ]);
    await expect(library.open('0000000000000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports unreadable files as problems with their reason, and lists the rest', async () => {
    await writeFile(path.join(root, 'good.txt'), 'عنوان\n\nنص');
    await writeFile(path.join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    // Old Arabic files in Windows-1256 are read, not refused.
    await writeFile(
      path.join(root, 'cp1256.txt'),
      encode1256('عنوان قديم\n\nفقرة من ملف قديم محفوظ بترميز ويندوز.'),
    );
    // Invalid UTF-8 that is no plausible Arabic code page either.
    await writeFile(
      path.join(root, 'garbled.txt'),
      Buffer.from([0x41, 0xff, 0xfe, 0x80, 0x81, 0x0a, 0x9f, 0x90]),
    );
    await writeFile(path.join(root, 'empty.txt'), '\n\n');
    const listing = await makeLibrary().list();
    expect(listing.articles.map((a) => [a.file, a.title.ar])).toEqual([
      ['cp1256.txt', 'عنوان قديم'],
      ['good.txt', 'عنوان'],
    ]);
    expect(listing.problems).toEqual([
      { file: 'binary.txt', code: 'not-text' },
      { file: 'empty.txt', code: 'empty-article' },
      { file: 'garbled.txt', code: expect.stringMatching(/^(undecodable|not-text)$/) },
    ]);
  });

  it('refuses a symlink that leads outside the library', async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'Secret\n\nprivate text');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const library = makeLibrary();
    const listing = await library.list();
    expect(listing.articles).toEqual([]);
    expect(listing.problems).toEqual([{ file: 'link.txt', code: 'outside-library' }]);
  });

  it('creates a missing library folder instead of failing', async () => {
    const listing = await makeLibrary(path.join(root, 'new', 'folder')).list();
    expect(listing.articles).toEqual([]);
  });
});

describe('article identity', () => {
  it("keeps an article's id when its file is renamed or moved, even with a small edit", async () => {
    await writeFile(path.join(root, 'one.txt'), 'عنوان\n\nنص المقال');
    await writeFile(path.join(root, 'one.en.txt'), 'Title\n\nThe text');
    await writeFile(path.join(root, 'two.txt'), 'عنوان آخر\n\nنص آخر');
    const before = await idOf(makeLibrary(), 'one.txt');
    const other = await idOf(makeLibrary(), 'two.txt');

    await mkdir(path.join(root, 'archive'));
    await rename(path.join(root, 'one.txt'), path.join(root, 'archive', 'renamed.txt'));
    const library = makeLibrary();
    expect(await idOf(library, 'archive/renamed.txt')).toBe(before);
    expect(await idOf(library, 'two.txt')).toBe(other);
    await expect(library.open(before!)).resolves.toMatchObject({ source: { file: 'archive/renamed.txt' } });

    // Renamed again and its text corrected: the unchanged title still identifies it.
    await rename(path.join(root, 'archive', 'renamed.txt'), path.join(root, 'fixed.txt'));
    await writeFile(path.join(root, 'fixed.txt'), 'عنوان\n\nنص المقال المصحح');
    expect(await idOf(makeLibrary(), 'fixed.txt')).toBe(before);
  });

  it('opens an article by its id after it moved, without a listing in between', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nنص');
    const library = makeLibrary();
    const id = (await idOf(library, 'a.txt'))!;
    await rename(path.join(root, 'a.txt'), path.join(root, 'b.txt'));
    await expect(library.open(id)).resolves.toMatchObject({ id, source: { file: 'b.txt' } });
  });

  it('gives a copy its own id', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nنص');
    const original = await idOf(makeLibrary(), 'a.txt');
    await copyFile(path.join(root, 'a.txt'), path.join(root, 'copy.txt'));
    const library = makeLibrary();
    expect(await idOf(library, 'a.txt')).toBe(original);
    expect(await idOf(library, 'copy.txt')).not.toBe(original);
  });
});
