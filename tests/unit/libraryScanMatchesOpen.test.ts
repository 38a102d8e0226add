import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatedShare } from '../../electron/core/article/alignment';
import { toApiError } from '../../electron/core/errors';
import { contentFingerprint } from '../../electron/core/import/articleDigest';
import { closeImportWorker } from '../../electron/core/import/inWorker';
import { type LibraryIndex, summariseLibrary } from '../../electron/core/import/libraryIndex';
import { articleIdFor } from '../../electron/core/library/files';
import { loadArticle } from '../../electron/core/library/loadArticle';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * The library listing is computed by a scan that reads and summarises files in worker threads,
 * without building whole articles. What it shows must be what opening each article gives: the
 * same title, paragraph count, translated share and content fingerprint, and for a file that
 * cannot be read, the same reason.
 */

const fixtures = path.resolve('tests/fixtures');

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="ar"><seg>قال الوزير إن الخطة جاهزة.</seg></tuv><tuv xml:lang="en"><seg>The minister said the plan is ready.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>جملة بلا ترجمة.</seg></tuv></tu>
<tu><tuv xml:lang="ar"><seg>وجملة ثالثة مع ترجمتها.</seg></tuv><tuv xml:lang="en"><seg>And a third sentence with its translation.</seg></tuv></tu>
</body></tmx>`;

const words = ['الحكومة', 'أعلنت', 'وزارة', 'المياه', 'الطاقة', 'مشروع', 'جديد', 'خلال', 'العام', 'في', 'من'];
const english = ['the', 'government', 'said', 'new', 'project', 'water', 'energy', 'year'];
const sentence = (vocabulary: string[], seed: number, length: number) =>
  Array.from({ length }, (_, k) => vocabulary[(seed * 7 + k * 3) % vocabulary.length]).join(' ');

/** A long article whose translation leaves some paragraphs out: the aligner decides the share. */
function longPair(paragraphs: number): { ar: string; en: string } {
  const ar = Array.from({ length: paragraphs }, (_, k) => `${sentence(words, k, 20 + (k % 13) * 4)}.`);
  const en = ar.flatMap((_, k) =>
    k % 9 === 4 ? [] : [`${sentence(english, k, 18 + (k % 13) * 4)} ${k % 5 === 0 ? `(${k})` : ''}.`],
  );
  return { ar: `عنوان طويل\n\n${ar.join('\n\n')}\n`, en: `A long title\n\n${en.join('\n\n')}\n` };
}

async function write(root: string, file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

/** Every format, translations beside articles, links, nested folders and files with problems. */
async function makeVariedLibrary(root: string, outside: string): Promise<void> {
  await cp(path.join(fixtures, 'hostile', 'library'), path.join(root, 'hostile'), { recursive: true });
  await cp(path.join(fixtures, 'scraped-heldout'), path.join(root, 'scraped'), {
    recursive: true,
    filter: (source) => !source.endsWith('.json'),
  });
  const imported = path.join(fixtures, 'import', 'scraped');
  for (const name of await readdir(imported)) {
    for (const page of ['page.txt', 'page.html']) {
      await cp(
        path.join(imported, name, page),
        path.join(root, 'imported', `${name}.${page.split('.')[1]}`),
        {
          force: true,
        },
      ).catch(() => undefined);
    }
  }
  await write(root, 'a.txt', 'عنوان أ\n\nفقرة ١\n\nفقرة ٢\n\nقد يعجبك ايضا\n');
  await write(root, 'a.en.txt', 'Title A\n\nParagraph 1\n\nParagraph 2\n\nParagraph 3\n');
  await write(root, 'notes/b.md', '# عنوان ب\n\nفقرة **أولى** هنا.\n\n- بند\n- بند آخر\n\nفقرة أخيرة.\n');
  await write(root, 'notes/b.en.md', '# Title B\n\nA first paragraph.\n\nThe last one.\n');
  await write(root, 'notes/c.txt', 'عنوان ج\n\nنص المقال هنا.\n');
  await write(
    root,
    'notes/c.en.html',
    '<html><head><title>C</title></head><body><h1>Title C</h1><p>The text.</p></body></html>',
  );
  await write(root, 'memory.tmx', tmx);
  await write(root, 'memory.en.txt', 'Ignored: the memory pairs the languages itself.\n');
  await write(
    root,
    'pair.json',
    JSON.stringify({
      muwazi: 1,
      title: { ar: 'زوج', en: 'Pair' },
      pairs: [{ ar: 'س', en: 'x' }, { ar: 'ص' }, { ar: 'ع', en: 'z' }],
    }),
  );
  const long = longPair(140);
  await write(root, 'deep/er/long.txt', long.ar);
  await write(root, 'deep/er/long.en.txt', long.en);
  await write(root, 'only-title.txt', 'عنوان وحده\n');
  // Files that cannot be read, each for its own reason.
  await write(root, 'bad/binary.txt', new Uint8Array([0x89, 0x50, 0, 0, 1, 2, 3]));
  await write(root, 'bad/empty.txt', '\n\n  \n');
  await write(root, 'bad/not-json.json', '{"muwazi": 1, "pairs": [');
  await write(root, 'bad/not-tmx.tmx', '<?xml version="1.0"?><html/>');
  await write(root, 'bad/controls.txt', '\u0001\u0002\u0003\u0004 \u0005\u0006\u0007\u0008');
  await write(root, 'bad/bad-translation.txt', 'عنوان\n\nنص.\n');
  await write(root, 'bad/bad-translation.en.txt', new Uint8Array([0, 1, 2, 0, 3]));
  await write(root, 'bad/huge.txt', '');
  await truncate(path.join(root, 'bad/huge.txt'), 21 * 1024 * 1024);
  await writeFile(path.join(outside, 'secret.txt'), 'سر\n\nلا يقرأ\n');
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'bad/outside.txt'));
  await symlink(path.join(root, 'a.txt'), path.join(root, 'inside-link.txt'));
  await write(root, '.hidden.txt', 'مخفي\n\nلا يظهر\n');
}

/** What opening every listed file gives: a summary, or the code of the error it fails with. */
async function byOpening(root: string, index: LibraryIndex) {
  const files = [...index.summaries.map((s) => s.file), ...index.problems.map((p) => p.file)].sort();
  const summaries = [];
  const problems = [];
  for (const file of files) {
    try {
      const article = await loadArticle(root, file);
      summaries.push({
        id: articleIdFor(file),
        file,
        title: article.title,
        paragraphs: article.ar.length,
        translated: translatedShare(article.alignment, article.ar.length),
        content: contentFingerprint(
          article.title.ar,
          article.ar.map((segment) => segment.text),
        ),
      });
    } catch (error) {
      problems.push({ file, code: toApiError(error).code });
    }
  }
  return { summaries, problems };
}

let root: string;
let outside: string;
let data: string;
beforeAll(async () => {
  root = await makeTempDir('muwazi-scan-lib-');
  outside = await makeTempDir('muwazi-scan-outside-');
  data = await makeTempDir('muwazi-scan-data-');
  await makeVariedLibrary(root, outside);
});
afterAll(async () => {
  await closeImportWorker();
  await Promise.all([removeDir(root), removeDir(outside), removeDir(data)]);
});

describe('the library scan', () => {
  it('lists what opening each article shows, and the reason each bad file fails', async () => {
    const indexFile = path.join(data, 'index.json');
    const cold = await summariseLibrary(root, indexFile);
    const opened = await byOpening(root, cold);
    expect(cold.summaries).toEqual(opened.summaries);
    expect(cold.problems).toEqual(opened.problems);
    // The library really is varied: every format, translations read, shares between 0 and 1.
    const formats = new Set(cold.summaries.map((s) => path.extname(s.file)));
    expect([...formats].sort()).toEqual(['.html', '.json', '.md', '.tmx', '.txt']);
    expect(cold.summaries.length).toBeGreaterThan(30);
    expect(cold.summaries.some((s) => s.translated > 0 && s.translated < 1)).toBe(true);
    expect(cold.summaries.find((s) => s.file === 'deep/er/long.txt')!.translated).toBeLessThan(1);
    expect(new Set(cold.problems.map((p) => p.code))).toEqual(
      new Set(['not-text', 'empty-article', 'unsupported-format', 'too-large', 'outside-library']),
    );
    expect(cold.problems.map((p) => p.file)).toContain('bad/bad-translation.txt');
    expect(cold.summaries.map((s) => s.file)).not.toContain('.hidden.txt');

    // From the index, unchanged: the same listing, nothing read.
    const warm = await summariseLibrary(root, indexFile);
    expect(warm.parsed).toBe(0);
    expect(warm.summaries).toEqual(cold.summaries);
    expect(warm.problems).toEqual(cold.problems);
  }, 120_000);

  it('reports a named pipe with an article name as a problem instead of waiting on it', async (context) => {
    const pipeRoot = await makeTempDir('muwazi-scan-pipe-');
    try {
      try {
        execFileSync('mkfifo', [path.join(pipeRoot, 'pipe-target')]);
      } catch {
        context.skip();
      }
      await symlink(path.join(pipeRoot, 'pipe-target'), path.join(pipeRoot, 'pipe.txt'));
      await write(pipeRoot, 'a.txt', 'عنوان\n\nنص.\n');
      const index = await summariseLibrary(pipeRoot, path.join(data, 'pipe-index.json'));
      expect(index.summaries.map((s) => s.file)).toEqual(['a.txt']);
      expect(index.problems).toEqual([{ file: 'pipe.txt', code: 'not-found' }]);
    } finally {
      await removeDir(pipeRoot);
    }
  }, 60_000);
});
