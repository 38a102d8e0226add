import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../electron/contract';
import { importIntoLibrary } from '../../electron/core/library/importFiles';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let base: string;
let library: string;
let outside: string;
beforeEach(async () => {
  base = await makeTempDir('muwazi-import-');
  library = path.join(base, 'library');
  outside = path.join(base, 'outside');
  await mkdir(outside, { recursive: true });
});
afterEach(() => removeDir(base));

describe('importIntoLibrary', () => {
  it('copies files and folders in, with their translations, never touching the originals', async () => {
    await writeFile(path.join(outside, 'a.txt'), 'عنوان\n\nنص أول');
    await writeFile(path.join(outside, 'a.en.txt'), 'Title\n\nFirst text');
    await mkdir(path.join(outside, 'folder', 'deeper'), { recursive: true });
    await writeFile(path.join(outside, 'folder', 'b.md'), '# عنوان ب\n\nنص');
    await writeFile(path.join(outside, 'folder', 'deeper', 'c.txt'), 'عنوان ج\n\nنص');
    await writeFile(path.join(outside, 'folder', 'notes.pdf'), '%PDF-1.4');
    const progress: ImportProgress[] = [];
    const outcome = await importIntoLibrary(
      library,
      [{ path: path.join(outside, 'a.txt') }, { path: path.join(outside, 'folder') }],
      { onProgress: (p) => progress.push(p) },
    );
    expect(outcome.failed).toEqual([]);
    expect(outcome.imported.map((i) => i.file)).toEqual(['a.txt', 'b.md', 'c.txt']);
    expect((await readdir(library)).sort()).toEqual(['a.en.txt', 'a.txt', 'b.md', 'c.txt']);
    expect(await readFile(path.join(library, 'a.en.txt'), 'utf8')).toBe('Title\n\nFirst text');
    expect(await readFile(path.join(outside, 'a.txt'), 'utf8')).toBe('عنوان\n\nنص أول');
    expect(progress.at(-1)).toEqual({ done: 3, total: 3 });
  });

  it('never overwrites: a name already in the library gets a free one', async () => {
    await mkdir(library, { recursive: true });
    await writeFile(path.join(library, 'a.txt'), 'مقالي\n\nلا تمسه');
    await writeFile(path.join(outside, 'a.txt'), 'عنوان جديد\n\nنص');
    const outcome = await importIntoLibrary(library, [{ path: path.join(outside, 'a.txt') }]);
    expect(outcome.imported).toEqual([{ from: 'a.txt', file: 'a (2).txt' }]);
    expect(await readFile(path.join(library, 'a.txt'), 'utf8')).toBe('مقالي\n\nلا تمسه');
  });

  it('gives each refused file its own reason and goes on with the others', async () => {
    await writeFile(path.join(outside, 'good.txt'), 'عنوان\n\nنص');
    await writeFile(path.join(outside, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(path.join(outside, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0]));
    await writeFile(path.join(outside, 'empty.txt'), '\n');
    const outcome = await importIntoLibrary(library, [
      { path: path.join(outside, 'image.png') },
      { path: path.join(outside, 'binary.txt') },
      { path: path.join(outside, 'missing.txt') },
      { path: path.join(outside, 'empty.txt') },
      { path: path.join(outside, 'good.txt') },
    ]);
    expect(outcome.imported.map((i) => i.file)).toEqual(['good.txt']);
    expect(outcome.failed).toEqual([
      { from: 'image.png', code: 'unsupported-format' },
      { from: 'binary.txt', code: 'not-text' },
      { from: 'missing.txt', code: 'not-found' },
      { from: 'empty.txt', code: 'empty-article' },
    ]);
    expect(await readdir(library)).toEqual(['good.txt']);
  });

  it('imports bytes the page read, and stops between files when cancelled', async () => {
    const controller = new AbortController();
    const files = Array.from({ length: 5 }, (_, i) => ({
      name: `dropped-${i}.txt`,
      bytes: new TextEncoder().encode(`عنوان ${i}\n\nنص`),
    }));
    const outcome = await importIntoLibrary(library, files, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.imported.map((i) => i.file)).toEqual(['dropped-0.txt', 'dropped-1.txt']);
  });

  it('does not copy a file that is already in the library', async () => {
    await mkdir(library, { recursive: true });
    await writeFile(path.join(library, 'here.txt'), 'عنوان\n\nنص');
    const outcome = await importIntoLibrary(library, [{ path: path.join(library, 'here.txt') }]);
    expect(outcome.imported).toEqual([{ from: 'here.txt', file: 'here.txt' }]);
    expect(await readdir(library)).toEqual(['here.txt']);
  });
});
