import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleIdFor } from '../../electron/core/library/files';
import { Library } from '../../electron/core/library/library';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let root: string;
let outside: string;
beforeEach(async () => {
  root = await makeTempDir('muwazi-lib-');
  outside = await makeTempDir('muwazi-outside-');
});
afterEach(async () => {
  await removeDir(root);
  await removeDir(outside);
});

describe('Library', () => {
  it('lists articles with titles and translated share, pairing sidecars', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nفقرة ١\n\nفقرة ٢\n');
    await writeFile(path.join(root, 'a.en.txt'), 'Title A\n\nParagraph 1\n');
    await mkdir(path.join(root, 'sub'));
    await writeFile(path.join(root, 'sub', 'b.md'), '# عنوان ب\n\nنص\n');
    const listing = await new Library(root).list();
    expect(listing.problems).toEqual([]);
    expect(listing.articles).toEqual([
      {
        id: articleIdFor('a.txt'),
        file: 'a.txt',
        title: { ar: 'عنوان أ', en: 'Title A' },
        paragraphs: 2,
        translated: 0.5,
      },
      {
        id: articleIdFor('sub/b.md'),
        file: 'sub/b.md',
        title: { ar: 'عنوان ب' },
        paragraphs: 1,
        translated: 0,
      },
    ]);
  });

  it('opens an article by id and reports an unknown id as not found', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\nسطر أول\nسطر ثان\n');
    const library = new Library(root);
    const article = await library.open(articleIdFor('a.txt'));
    expect(article.ar.map((s) => s.text)).toEqual(['سطر أول', 'سطر ثان']);
    expect(article.alignment).toEqual([
      { ar: [0], en: [] },
      { ar: [1], en: [] },
    ]);
    await expect(library.open('0000000000000000')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('finds an article added after the last listing', async () => {
    const library = new Library(root);
    await library.list();
    await writeFile(path.join(root, 'late.txt'), 'Late\n\nText');
    await expect(library.open(articleIdFor('late.txt'))).resolves.toMatchObject({ title: { ar: 'Late' } });
  });

  it('reports unreadable files as problems with their reason, and lists the rest', async () => {
    await writeFile(path.join(root, 'good.txt'), 'عنوان\n\nنص');
    await writeFile(path.join(root, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(path.join(root, 'cp1256.txt'), Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9]));
    await writeFile(path.join(root, 'empty.txt'), '\n\n');
    const listing = await new Library(root).list();
    expect(listing.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(listing.problems).toEqual([
      { file: 'binary.txt', code: 'not-text' },
      { file: 'cp1256.txt', code: 'undecodable' },
      { file: 'empty.txt', code: 'empty-article' },
    ]);
  });

  it('refuses a symlink that leads outside the library', async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'Secret\n\nprivate text');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const library = new Library(root);
    const listing = await library.list();
    expect(listing.articles).toEqual([]);
    expect(listing.problems).toEqual([{ file: 'link.txt', code: 'outside-library' }]);
    await expect(library.open(articleIdFor('link.txt'))).rejects.toMatchObject({ code: 'outside-library' });
  });

  it('creates a missing library folder instead of failing', async () => {
    const listing = await new Library(path.join(root, 'new', 'folder')).list();
    expect(listing.articles).toEqual([]);
  });
});
