import { execFile } from 'node:child_process';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../electron/core/library/loadArticle';
import { repoRoot, sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
// The command as its own process, so stdout is exactly what a script piping it would read.
const runner =
  "import('./electron/cli/align.ts').then((m) => m.runAlign(process.argv.slice(1))).then((code) => { process.exitCode = code; })";
const align = (...args: string[]) => run(tsx, ['-e', runner, ...args], { cwd: repoRoot });
const scrapedFixtures = path.join(repoRoot, 'tests', 'fixtures', 'import', 'scraped');

let dir: string;
let arFile: string;
let enFile: string;
beforeAll(async () => {
  dir = await makeTempDir('muwazi-align-');
  arFile = path.join(dir, 'article.txt');
  enFile = path.join(dir, 'article.en.txt');
  await copyFile(path.join(sampleLibraryDir, sampleArticleName), arFile);
  await copyFile(path.join(sampleLibraryDir, sampleArticleName.replace(/\.txt$/, '.en.txt')), enFile);
});
afterAll(() => removeDir(dir));

// Each case starts a TypeScript process of its own, which takes seconds on a busy machine.
describe('muwazi align', { timeout: 60_000 }, () => {
  it('prints only the rows as a JSON array of {ar, en} index lists', async () => {
    const { stdout, stderr } = await align(arFile, enFile, '--json');
    expect(stderr).toBe('');
    const rows = JSON.parse(stdout) as unknown[];
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) expect(Object.keys(row as object)).toEqual(['ar', 'en']);
    // The sample article: 13 Arabic paragraphs and 13 English ones, translated one for one.
    // Its two trailing lines of site furniture are set aside, as the reader sets them aside.
    expect(rows).toEqual(Array.from({ length: 13 }, (_, k) => ({ ar: [k], en: [k] })));
  });

  it('numbers the paragraphs the library shows, so rows match the article the reader opens', async () => {
    const { stdout } = await align(arFile, enFile, '--json');
    const article = await loadArticle(dir, 'article.txt');
    expect(JSON.parse(stdout)).toEqual(article.alignment);
  });

  it('reads a legacy-encoded article with its furniture set aside, as the library does', async () => {
    const arLegacy = path.join(dir, 'legacy.txt');
    const enPlain = path.join(dir, 'legacy.en.txt');
    await copyFile(path.join(scrapedFixtures, '08-windows-1256', 'page.txt'), arLegacy);
    await writeFile(
      enPlain,
      'When reading becomes a daily habit\n\nA love of reading is not born with the child.\n\n' +
        'At home we set aside half an hour every evening.\n\nThe first weeks were hard.\n\n' +
        'My advice to every mother and father: make the book a shared pleasure.\n',
    );
    const { stdout } = await align(arLegacy, enPlain, '--json');
    const rows = JSON.parse(stdout) as { ar: number[]; en: number[] }[];
    // Four body paragraphs; the blog name, byline, date and comments label are not segments.
    expect(rows.flatMap((row) => row.ar)).toEqual([0, 1, 2, 3]);
    expect(rows.flatMap((row) => row.en)).toEqual([0, 1, 2, 3]);
  });

  it('takes every non-empty line as a segment with --lines, the first line included', async () => {
    const arLines = path.join(dir, 'lines.ar.txt');
    const enLines = path.join(dir, 'lines.en.txt');
    await writeFile(arLines, 'بلغ عدد السكان ١٢٠٠ نسمة.\n\nثم ارتفع إلى ٣٥٠٠ نسمة في عام ٢٠٢٠.\n');
    await writeFile(enLines, 'The population reached 1,200.\nIt then rose to 3,500 in 2020.\n');
    const { stdout } = await align(arLines, enLines, '--lines', '--json');
    expect(JSON.parse(stdout)).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
    ]);
  });

  it('prints a readable table without --json', async () => {
    const { stdout } = await align(arFile, enFile);
    expect(stdout).toMatch(/^\s*row\s+ar\s+en\s+conf/);
    expect(stdout).toContain('ar: نقلت وكالة الأنباء العراقية');
    expect(stdout).toContain('en: The official Iraqi News Agency');
  });

  it('fails with exit code 1 and a message on stderr when a file cannot be read', async () => {
    await expect(align(path.join(dir, 'missing.txt'), enFile, '--json')).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/^muwazi: .*\(not-found\)/),
    });
  });

  it('explains its usage with exit code 2 when a file is missing', async () => {
    await expect(align(arFile, '--json')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Usage/),
    });
  });

  it('names an unknown option and exits with code 2', async () => {
    await expect(align(arFile, enFile, '--csv')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown option --csv/),
    });
  });
});
