import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../electron/core/library/loadArticle';
import {
  hasSharedSeed,
  sampleArticleName,
  sampleLibraryDir,
  sampleTitle,
  sharedSeedDir,
} from '../helpers/paths';

describe('the sample article', () => {
  it.skipIf(!hasSharedSeed)('ships byte for byte as the seed article', async () => {
    const shipped = await readFile(path.join(sampleLibraryDir, sampleArticleName));
    const seed = await readFile(path.join(sharedSeedDir, sampleArticleName));
    expect(shipped.equals(seed)).toBe(true);
  });

  it('reads with its exact title, 13 Arabic paragraphs, and both boilerplate blocks set aside', async () => {
    const article = await loadArticle(sampleLibraryDir, sampleArticleName);
    expect(article.title.ar).toBe(sampleTitle);
    expect(article.ar).toHaveLength(13);
    expect(article.ar[0]!.text).toMatch(/^نقلت وكالة الأنباء العراقية الرسمية \(واع\)/);
    expect(article.ar[12]!.text).toMatch(/لإلغاء الاتفاقية الأمنية مع أمريكا\.$/);
    expect(article.setAside.map((block) => [block.kind, block.lang, block.after])).toEqual([
      ['boilerplate', 'ar', 13],
      ['boilerplate', 'ar', 13],
    ]);
    expect(article.setAside[0]!.text).toBe('قد يعجبك ايضا');
    expect(article.setAside[1]!.text).toMatch(/^يستخدم هذا الموقع ملفات تعريف الارتباط/);
  });

  it('has its English translation beside it, paragraph for paragraph', async () => {
    const article = await loadArticle(sampleLibraryDir, sampleArticleName);
    expect(article.title.en).toMatch(/Kadhimi|Iraqi Prime Minister/);
    expect(article.en).toHaveLength(13);
    expect(article.alignment).toEqual(Array.from({ length: 13 }, (_, i) => ({ ar: [i], en: [i] })));
    expect(article.source.translation?.file).toBe('000_bd4b036bb5736eee.en.txt');
    // Numbers survive translation: the paragraph with 120 days pairs with the English that says so.
    const arIndex = article.ar.findIndex((p) => p.text.includes('120'));
    expect(article.en[arIndex]!.text).toContain('120');
  });

  it('loses no text: every line of the file is in the title, a paragraph or set aside', async () => {
    const raw = await readFile(path.join(sampleLibraryDir, sampleArticleName), 'utf8');
    const article = await loadArticle(sampleLibraryDir, sampleArticleName);
    const kept = [article.title.ar, ...article.ar.map((p) => p.text), ...article.setAside.map((b) => b.text)];
    const lines = raw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(kept).toEqual(lines);
  });
});
