import { mkdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeImportWorker } from '../../electron/core/import/inWorker';
import { summariseLibrary } from '../../electron/core/import/libraryIndex';
import { scanPoolRunning } from '../../electron/core/import/scanPool';
import { articleIdFor } from '../../electron/core/library/files';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

let root: string;
let data: string;
let outside: string;
let cacheFile: string;
beforeEach(async () => {
  root = await makeTempDir('muwazi-index-lib-');
  data = await makeTempDir('muwazi-index-data-');
  outside = await makeTempDir('muwazi-index-outside-');
  cacheFile = path.join(data, 'cache', 'library-index.json');
});
afterEach(async () => {
  await Promise.all([removeDir(root), removeDir(data), removeDir(outside)]);
  await closeImportWorker();
});

describe('summariseLibrary', () => {
  it('lists every format with titles, paragraph counts and translated share', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nفقرة ١\n\nفقرة ٢\n\nقد يعجبك ايضا\n');
    await writeFile(path.join(root, 'a.en.txt'), 'Title A\n\nParagraph 1\n\nParagraph 2\n');
    await mkdir(path.join(root, 'sub'));
    await writeFile(
      path.join(root, 'sub', 'b.html'),
      '<html><head><title>عنوان ب | الجزيرة نت</title></head><body><h1>عنوان ب الكامل هنا</h1><p>نص المقال الأول وهو طويل قليلا.</p></body></html>',
    );
    await writeFile(
      path.join(root, 'c.json'),
      JSON.stringify({ muwazi: 1, title: { ar: 'ج', en: 'C' }, pairs: [{ ar: 'س', en: 'x' }, { ar: 'ص' }] }),
    );
    await writeFile(path.join(root, 'broken.txt'), new Uint8Array([0x89, 0x50, 0, 0, 1]));
    const index = await summariseLibrary(root, cacheFile);
    expect(index.summaries.map(({ content: _content, ...summary }) => summary)).toEqual([
      {
        id: articleIdFor('a.txt'),
        file: 'a.txt',
        title: { ar: 'عنوان أ', en: 'Title A' },
        paragraphs: 2,
        translated: 1,
      },
      {
        id: articleIdFor('c.json'),
        file: 'c.json',
        title: { ar: 'ج', en: 'C' },
        paragraphs: 2,
        translated: 0.5,
      },
      {
        id: articleIdFor('sub/b.html'),
        file: 'sub/b.html',
        title: { ar: 'عنوان ب الكامل هنا' },
        paragraphs: 1,
        translated: 0,
      },
    ]);
    expect(index.problems).toEqual([{ file: 'broken.txt', code: 'not-text' }]);
    expect(index.parsed).toBe(4);
    // The fingerprint the library matches lasting ids on: title and body, not the file name.
    const fingerprints = index.summaries.map((summary) => summary.content);
    expect(new Set(fingerprints).size).toBe(3);
    await writeFile(path.join(root, 'renamed.txt'), 'عنوان أ\n\nفقرة ١\n\nفقرة ٢\n');
    const again = await summariseLibrary(root, cacheFile);
    expect(again.summaries.find((s) => s.file === 'renamed.txt')!.content).toBe(fingerprints[0]);
  }, 60_000);

  it('answers from the cache without parsing when nothing changed', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nفقرة\n');
    await writeFile(path.join(root, 'bad.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0xd8]));
    const first = await summariseLibrary(root, cacheFile);
    const second = await summariseLibrary(root, cacheFile);
    expect(second.parsed).toBe(0);
    expect(second.cached).toBe(2);
    expect(second.summaries).toEqual(first.summaries);
    expect(second.problems).toEqual(first.problems);
  });

  it('re-reads an article when its size or time changes, or its translation does', async () => {
    const file = path.join(root, 'a.txt');
    await writeFile(file, 'عنوان\n\nفقرة\n');
    await summariseLibrary(root, cacheFile);
    await writeFile(file, 'عنوان\n\nفقرة\n\nفقرة ثانية\n');
    const grown = await summariseLibrary(root, cacheFile);
    expect(grown.parsed).toBe(1);
    expect(grown.summaries[0]!.paragraphs).toBe(2);

    // Same size, new time: still re-read.
    await writeFile(file, 'عنوان\n\nفقرة\n\nفقرة ثالثة\n');
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    expect((await summariseLibrary(root, cacheFile)).parsed).toBe(1);

    // Same size, and the old modification time put back (as copying tools do): the inode's
    // change time still tells.
    const before = await stat(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(file, 'عنوان\n\nفقرة\n\nفقرة رابعة\n');
    await utimes(file, before.atime, before.mtime);
    const restored = await summariseLibrary(root, cacheFile);
    expect(restored.parsed).toBe(1);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);

    await writeFile(path.join(root, 'a.en.md'), '# Title\n\nOne\n\nTwo\n');
    const translated = await summariseLibrary(root, cacheFile);
    expect(translated.parsed).toBe(1);
    expect(translated.summaries[0]).toMatchObject({ title: { ar: 'عنوان', en: 'Title' }, translated: 1 });
  });

  it('rebuilds a damaged or foreign cache instead of trusting it', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nفقرة\n');
    await mkdir(path.dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, '{"version": 2, "rows": [["a.txt", ');
    expect((await summariseLibrary(root, cacheFile)).summaries).toHaveLength(1);
    const stored = JSON.parse(await readFile(cacheFile, 'utf8'));
    const row = stored.rows.find((candidate: unknown[]) => candidate[0] === 'a.txt');
    expect(row[8]).toBe('عنوان');
    stored.version = 999;
    row[8] = 'مزور';
    await writeFile(cacheFile, JSON.stringify(stored));
    expect((await summariseLibrary(root, cacheFile)).summaries[0]!.title).toEqual({ ar: 'عنوان' });
  });

  it('reads again an article whose row in the index has the wrong shape', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nفقرة\n');
    await writeFile(path.join(root, 'b.txt'), 'عنوان ب\n\nفقرة\n');
    await summariseLibrary(root, cacheFile);
    const stored = JSON.parse(await readFile(cacheFile, 'utf8'));
    stored.rows.find((row: unknown[]) => row[0] === 'a.txt')[10] = 'many';
    await writeFile(cacheFile, JSON.stringify(stored));
    const again = await summariseLibrary(root, cacheFile);
    expect(again.parsed).toBe(1);
    expect(again.summaries.map((s) => [s.file, s.paragraphs])).toEqual([
      ['a.txt', 1],
      ['b.txt', 1],
    ]);
  });

  it('notices files added, edited in place and removed while nothing watched', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nفقرة أولى\n');
    await writeFile(path.join(root, 'b.txt'), 'عنوان ب\n\nفقرة\n');
    await writeFile(path.join(root, 'c.txt'), 'عنوان ج\n\nفقرة\n');
    await summariseLibrary(root, cacheFile);
    // Same size, written in place: the folder's own time does not change, the file's does.
    await writeFile(path.join(root, 'a.txt'), 'عنوان أ\n\nفقرة ثانٍ\n');
    await utimes(path.join(root, 'a.txt'), new Date(), new Date(Date.now() + 5_000));
    await rm(path.join(root, 'b.txt'));
    await writeFile(path.join(root, 'd.txt'), 'عنوان د\n\nفقرة\n');
    const after = await summariseLibrary(root, cacheFile);
    expect(after.parsed).toBe(2);
    expect(after.summaries.map((s) => s.file)).toEqual(['a.txt', 'c.txt', 'd.txt']);
    const stored = JSON.parse(await readFile(cacheFile, 'utf8'));
    expect(stored.rows.map((row: unknown[]) => row[0])).toEqual(['a.txt', 'c.txt', 'd.txt']);
    expect((await summariseLibrary(root, cacheFile)).parsed).toBe(0);
  });

  it('stops a file that runs past its time, lists the rest, and does not retry it unchanged', async () => {
    for (let k = 0; k < 40; k++) {
      await writeFile(path.join(root, `n${String(k).padStart(2, '0')}.txt`), `عنوان ${k}\n\nفقرة ${k}\n`);
    }
    // Under the nesting limit, but seconds to score: reader-view scoring grows with depth.
    const slow = `<html><body>${'<div><span>'.repeat(126)}نص${'</span></div>'.repeat(126)}</body></html>`;
    await writeFile(path.join(root, 'n10-slow.html'), slow);
    const index = await summariseLibrary(root, cacheFile, { timeoutMs: 500 });
    expect(index.problems).toEqual([{ file: 'n10-slow.html', code: 'too-large' }]);
    expect(index.summaries.map((s) => s.title.ar)).toEqual(
      Array.from({ length: 40 }, (_, k) => `عنوان ${k}`),
    );
    const again = await summariseLibrary(root, cacheFile, { timeoutMs: 500 });
    expect(again.parsed).toBe(0);
    expect(again.problems).toEqual(index.problems);
  }, 60_000);

  it('reads a few small plain files in place, and leaves large ones to the worker pool', async () => {
    await writeFile(path.join(root, 'small.txt'), 'عنوان\n\nفقرة\n');
    expect((await summariseLibrary(root, cacheFile)).parsed).toBe(1);
    expect(scanPoolRunning()).toBe(false);

    // One file, but large enough that reading it here would hold up the thread.
    await writeFile(
      path.join(root, 'large.txt'),
      `عنوان كبير\n\n${'فقرة طويلة من النص.\n\n'.repeat(10_000)}`,
    );
    const index = await summariseLibrary(root, cacheFile);
    expect(index.parsed).toBe(1);
    expect(scanPoolRunning()).toBe(true);
    expect(index.summaries.map((s) => [s.file, s.paragraphs])).toEqual([
      ['large.txt', 10_000],
      ['small.txt', 1],
    ]);
  });

  it('retires a worker that stays too long loading the DOM libraries, and still lists', async () => {
    await writeFile(path.join(root, 'a.txt'), 'عنوان\n\nفقرة\n');
    await writeFile(path.join(root, 'page.html'), '<html><body><h1>عنوان</h1><p>نص.</p></body></html>');
    // Loading them takes far longer than this: every worker is stopped while it loads.
    const index = await summariseLibrary(root, cacheFile, { startupTimeoutMs: 1 });
    expect(index.summaries.map((s) => s.file)).toEqual(['a.txt']);
    expect(index.problems).toEqual([{ file: 'page.html', code: 'internal' }]);
  }, 30_000);

  it('does not read through a link that leads outside the library', async () => {
    await writeFile(path.join(outside, 'secret.txt'), 'سر\n\nلا يقرأ\n');
    await symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const index = await summariseLibrary(root, cacheFile);
    expect(index.summaries.map(({ content: _content, ...summary }) => summary)).toEqual([]);
    expect(index.problems).toEqual([{ file: 'link.txt', code: 'outside-library' }]);
  });
});
