import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Lang, Result, RowSentences } from '../../electron/contract';
import { MuwaziService } from '../../electron/core/service';
import { sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/** `article:sentences` on the sample article, through the real service. */

let base: string;
let service: MuwaziService;
let id: string;
let article: Article;

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const sentences = async (from: number, to: number) =>
  value<RowSentences[]>(await service.dispatch('article:sentences', { id, from, to }));

beforeAll(async () => {
  base = await makeTempDir('muwazi-sentences-');
  service = new MuwaziService({
    libraryDir: path.join(base, 'library'),
    dataDir: path.join(base, 'data'),
    sampleDir: sampleLibraryDir,
    transport: 'browser',
    version: '0',
  });
  const listing = value<{ articles: { id: string; file: string }[] }>(
    await service.dispatch('library:list', {}),
  );
  id = listing.articles.find((a) => a.file === sampleArticleName)!.id;
  article = value<Article>(await service.dispatch('article:open', { id }));
});
afterAll(async () => {
  await service.close();
  await removeDir(base);
});

describe('article:sentences', () => {
  it('gives every row its sentences as offsets into its own paragraphs, and links them all', async () => {
    const rows = await sentences(0, 199);
    expect(rows.map((row) => row.row)).toEqual(article.alignment.map((_, k) => k));
    for (const row of rows) {
      const bead = article.alignment[row.row]!;
      for (const lang of ['ar', 'en'] as Lang[]) {
        // Each paragraph of the row, whole: its sentences cover every non-space character, in order.
        for (const paragraph of bead[lang]) {
          const spans = row[lang].filter((span) => span.paragraph === paragraph);
          const text = article[lang][paragraph]!.text;
          expect(spans.length).toBeGreaterThan(0);
          expect(
            spans
              .map((s) => text.slice(s.start, s.end))
              .join('')
              .replace(/\s/g, ''),
          ).toBe(text.replace(/\s/g, ''));
          for (const span of spans)
            expect(text.slice(span.start, span.end).trim()).toBe(text.slice(span.start, span.end));
        }
        expect(row[lang].every((span) => bead[lang].includes(span.paragraph))).toBe(true);
      }
      // Links take every sentence of the row once, in order.
      expect(row.links.flatMap((link) => link.ar)).toEqual(row.ar.map((_, k) => k));
      expect(row.links.flatMap((link) => link.en)).toEqual(row.en.map((_, k) => k));
    }
    // The last paragraph is one Arabic sentence, two in English.
    expect(rows[12]!.links).toEqual([{ ar: [0], en: [0, 1] }]);
    const [first, second] = rows[12]!.en;
    expect(article.en[12]!.text.slice(first!.start, first!.end)).toMatch(
      /^The Iraqi Council of Representatives had voted/,
    );
    expect(second!.start).toBeGreaterThan(first!.end);
  });

  it('cuts the range to the article', async () => {
    expect((await sentences(11, 150)).map((row) => row.row)).toEqual([11, 12]);
    expect(await sentences(40, 60)).toEqual([]);
    expect(await service.dispatch('article:sentences', { id, from: 3, to: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await service.dispatch('article:sentences', { id, from: 0, to: 200 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('follows corrected rows: a merged row links its sentences one to one, a lone paragraph has no links', async () => {
    await service.dispatch('alignment:correct', { id, correction: { type: 'merge', row: 3 } });
    const [merged] = await sentences(3, 3);
    expect(merged!.ar.map((span) => span.paragraph)).toEqual([3, 4]);
    expect(merged!.en.map((span) => span.paragraph)).toEqual([3, 4]);
    expect(merged!.links).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
    ]);

    await service.dispatch('alignment:correct', {
      id,
      correction: { type: 'unlink', lang: 'en', paragraph: 7 },
    });
    const lone = await sentences(6, 7);
    expect(lone.map((row) => [row.ar.length > 0, row.en.length > 0, row.links])).toEqual([
      [true, false, []],
      [false, true, []],
    ]);
    await service.dispatch('alignment:reset', { id });
    expect((await sentences(3, 3))[0]!.ar.map((span) => span.paragraph)).toEqual([3]);
  });
});
