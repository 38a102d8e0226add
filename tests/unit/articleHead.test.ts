import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { headOf } from '../../electron/core/article/head';

const article: Article = {
  id: '0123456789abcdef',
  title: { ar: 'عنوان', en: 'Title' },
  ar: ['أ', 'ب', 'ج', 'د'].map((text) => ({ text })),
  en: ['A', 'B+C', 'D'].map((text) => ({ text })),
  alignment: [
    { ar: [0], en: [0] },
    { ar: [1, 2], en: [1] },
    { ar: [3], en: [2] },
  ],
  setAside: [
    { text: 'اقرأ أيضا', kind: 'boilerplate', lang: 'ar', after: 1 },
    { text: 'cookies', kind: 'boilerplate', lang: 'en', after: 3 },
  ],
  source: { file: 'a.txt', format: 'txt', encoding: 'utf-8' },
};

describe('headOf', () => {
  it('keeps the first rows with exactly the paragraphs they name', () => {
    const { article: head, totalRows } = headOf(article, 2);
    expect(totalRows).toBe(3);
    expect(head.alignment).toEqual(article.alignment.slice(0, 2));
    expect(head.ar.map((p) => p.text)).toEqual(['أ', 'ب', 'ج']);
    expect(head.en.map((p) => p.text)).toEqual(['A', 'B+C']);
    expect(head.setAside.map((b) => b.text)).toEqual(['اقرأ أيضا']);
    expect(head.title).toEqual(article.title);
  });

  it('is the whole article when asked for more rows than it has', () => {
    expect(headOf(article, 50).article).toEqual(article);
  });
});
