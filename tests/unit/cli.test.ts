import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MuwaziService } from '../../electron/core/service';
import { repoRoot, sampleArticleName, sampleLibraryDir, sampleTitle } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) =>
  run(tsx, [path.join(repoRoot, 'electron', 'cli', 'main.ts'), ...args], { cwd: repoRoot });

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('muwazi-cli-');
});
afterAll(() => removeDir(dir));

describe('muwazi inspect', () => {
  it('prints the parsed sample article as JSON in the documented shape', async () => {
    const { stdout } = await cli('inspect', path.join(sampleLibraryDir, sampleArticleName), '--json');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['format', 'encoding', 'title', 'paragraphs', 'alignment', 'setAside']);
    expect(json.format).toBe('txt');
    expect(json.encoding).toBe('utf-8');
    expect(json.title.ar).toBe(sampleTitle);
    expect(typeof json.title.en).toBe('string');
    expect(json.paragraphs.ar).toHaveLength(13);
    expect(json.paragraphs.en).toHaveLength(13);
    expect(json.paragraphs.ar.every((p: unknown) => typeof p === 'string')).toBe(true);
    expect(json.alignment[0]).toEqual({ ar: [0], en: [0] });
    expect(json.setAside).toEqual([
      { text: 'قد يعجبك ايضا', kind: 'boilerplate' },
      { text: expect.stringMatching(/ملفات تعريف الارتباط/), kind: 'boilerplate' },
    ]);
  });

  it('gives null for an English title when there is no translation', async () => {
    const file = path.join(dir, 'alone.txt');
    await writeFile(file, 'عنوان\n\nفقرة');
    const json = JSON.parse((await cli('inspect', file, '--json')).stdout);
    expect(json.title).toEqual({ ar: 'عنوان', en: null });
    expect(json.alignment).toEqual([{ ar: [0], en: [] }]);
  });

  it('fails with a clear message and exit code 1 on a file it cannot read', async () => {
    const file = path.join(dir, 'binary.txt');
    await writeFile(file, Buffer.from([0, 1, 2, 3]));
    await expect(cli('inspect', file, '--json')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/binary data.*\(not-text\)/),
    });
  });

  it('explains its usage when the file is missing', async () => {
    await expect(cli('inspect')).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage/) });
  });
});

describe('muwazi annotations export', () => {
  it("prints an article's annotations as Markdown or W3C JSON-LD", async () => {
    const libraryDir = path.join(dir, 'library');
    const dataDir = path.join(dir, 'data');
    const service = new MuwaziService({
      libraryDir,
      dataDir,
      sampleDir: sampleLibraryDir,
      transport: 'browser',
      version: '0',
    });
    const listing = await service.dispatch('library:list', {});
    const id = (listing as { value: { articles: { id: string }[] } }).value.articles[0]!.id;
    await service.dispatch('annotations:add', {
      id,
      lang: 'ar',
      start: 0,
      end: 4,
      color: 'yellow',
      note: 'أول كلمة',
    });

    const file = path.join(libraryDir, sampleArticleName);
    const md = await cli(
      'annotations',
      'export',
      file,
      '--format',
      'md',
      '--library',
      libraryDir,
      '--data',
      dataDir,
    );
    expect(md.stdout).toContain('> نقلت');
    expect(md.stdout).toContain('أول كلمة');
    const json = await cli(
      'annotations',
      'export',
      file,
      '--format',
      'json',
      '--library',
      libraryDir,
      '--data',
      dataDir,
    );
    expect(JSON.parse(json.stdout).first.items[0].target.selector[0]).toMatchObject({
      type: 'TextQuoteSelector',
      exact: 'نقلت',
    });
  });

  it('says plainly when the file is not in the library', async () => {
    await expect(
      cli(
        'annotations',
        'export',
        '/etc/hostname',
        '--format',
        'md',
        '--library',
        path.join(dir, 'library'),
        '--data',
        dir,
      ),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/not in the library folder/) });
  });
});

describe('muwazi export', () => {
  // One format per test: each starts the CLI twice, and a slow machine gets the whole budget for each.
  it.each(['tmx', 'json'] as const)(
    'exports the sample as %s that reads back with every pair',
    async (format) => {
      const file = path.join(sampleLibraryDir, sampleArticleName);
      const { stdout } = await cli('export', file, '--format', format);
      const copy = path.join(dir, `roundtrip.${format}`);
      await writeFile(copy, stdout);
      const json = JSON.parse((await cli('inspect', copy, '--json')).stdout);
      expect(json.format).toBe(format);
      expect(json.title.ar).toBe(sampleTitle);
      expect(json.paragraphs.ar).toHaveLength(13);
      expect(json.paragraphs.en).toHaveLength(13);
      expect(json.alignment).toEqual(Array.from({ length: 13 }, (_, i) => ({ ar: [i], en: [i] })));
    },
  );

  it('exports the sample as Markdown', async () => {
    const file = path.join(sampleLibraryDir, sampleArticleName);
    const md = (await cli('export', file, '--format', 'md')).stdout;
    expect(md.startsWith(`# ${sampleTitle}`)).toBe(true);
    expect(md).toContain('Iraqi News Agency');
  });

  it('explains its usage without a format', async () => {
    await expect(cli('export', path.join(sampleLibraryDir, sampleArticleName))).rejects.toMatchObject({
      code: 2,
    });
  });
});
