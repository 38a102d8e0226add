import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Bead } from '../../electron/contract';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import { alignSentences } from '../../electron/core/align/alignSentences';
import { splitSentences } from '../../electron/core/align/sentences';
import { loadArticle } from '../../electron/core/library/loadArticle';
import { repoRoot, sampleArticleName, sampleLibraryDir } from '../helpers/paths';
import { makeTempDir, removeDir } from '../helpers/tempDirs';

/**
 * The sample article's Arabic beside uneven English translations of it, read the way the
 * library reads an article and its translation; tests/fixtures/uneven/README.md describes each.
 */
const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'uneven');
const variants = [
  'merged-paragraphs',
  'split-paragraph',
  'omitted-paragraph',
  'translators-note',
  'all-combined',
] as const;
type Variant = (typeof variants)[number];

let libraryDir: string;
const articles = new Map<Variant, Article>();
beforeAll(async () => {
  libraryDir = await makeTempDir('muwazi-uneven-');
  for (const name of variants) {
    await copyFile(path.join(sampleLibraryDir, sampleArticleName), path.join(libraryDir, `${name}.txt`));
    await copyFile(path.join(fixturesDir, `${name}.en.txt`), path.join(libraryDir, `${name}.en.txt`));
    articles.set(name, await loadArticle(libraryDir, `${name}.txt`));
  }
});
afterAll(() => removeDir(libraryDir));

const gold = async (name: Variant) =>
  JSON.parse(await readFile(path.join(fixturesDir, `${name}.gold.json`), 'utf8')) as Bead[];

describe('uneven translations of the sample article', () => {
  it.each(variants)('%s: every row is the gold row', async (name) => {
    const article = articles.get(name)!;
    const expected = await gold(name);
    // The gold numbers the body paragraphs the reader shows: 13 Arabic (the site's furniture
    // after them set aside), and as many English as the gold names.
    expect(article.ar).toHaveLength(13);
    expect(article.en).toHaveLength(expected.flatMap((row) => row.en).length);
    expect(article.alignment).toEqual(expected);
  });

  it('pairs the sentences of a merged row one with one', () => {
    // Schenker's two statements, two Arabic paragraphs of one sentence each, which the
    // translator ran together as one English paragraph of two sentences.
    const article = articles.get('all-combined')!;
    const row = article.alignment.find((bead) => bead.ar.length === 2)!;
    expect(row).toEqual({ ar: [6, 7], en: [7] });
    const sentencesOf = (texts: string[], lang: 'ar' | 'en') =>
      texts.flatMap((text) => splitSentences(text, lang).map((r) => text.slice(r.start, r.end)));
    const arabic = sentencesOf(
      row.ar.map((k) => article.ar[k]!.text),
      'ar',
    );
    const english = sentencesOf(
      row.en.map((k) => article.en[k]!.text),
      'en',
    );
    expect(arabic).toHaveLength(2);
    expect(english.map((s) => s.slice(0, 26))).toEqual([
      'David Schenker, the U.S. A',
      'Schenker said the United S',
    ]);
    const { model } = alignParagraphs(
      article.ar.map((s) => s.text),
      article.en.map((s) => s.text),
    );
    expect(alignSentences(arabic, english, { model })).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
    ]);
    // With the second English sentence gone, the second Arabic one is left alone, not joined.
    expect(alignSentences(arabic, english.slice(0, 1), { model })).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [] },
    ]);
  });
});
