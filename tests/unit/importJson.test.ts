import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { exportBilingualJson } from '../../electron/core/import/bilingualJson';
import { exportMarkdown } from '../../electron/core/import/exportMarkdown';
import { importDocument } from '../../electron/core/import/importDocument';
import { articleFromImport } from '../../electron/core/import/toArticle';

const bytes = (text: string) => new TextEncoder().encode(text);

const bilingual = {
  muwazi: 1,
  title: { ar: 'الأمطار تعود', en: 'The rain returns' },
  metadata: { source: 'بي بي سي عربي' },
  pairs: [
    { ar: 'هطلت أمطار غزيرة.', en: 'Heavy rain fell.' },
    { ar: ['فقرة أولى.', 'فقرة ثانية.'], en: 'Two paragraphs in one.' },
    { ar: 'بلا ترجمة.' },
    { en: 'English only.' },
  ],
  setAside: [{ text: 'قد يعجبك ايضا', kind: 'boilerplate', lang: 'ar', after: 4 }],
};

function articleOf(json: unknown): Article {
  const document = importDocument(bytes(JSON.stringify(json)), 'a.json');
  const { source: _source, ...rest } = articleFromImport({
    id: '0123456789abcdef',
    file: 'a.json',
    document,
  });
  return { ...rest, source: { file: 'a.json', format: 'txt', encoding: 'utf-8' } };
}

describe('bilingual JSON', () => {
  it('imports pairs as rows: one-to-one, many-to-one, and one side only', () => {
    const doc = importDocument(bytes(JSON.stringify(bilingual)), 'article.json');
    expect(doc.format).toBe('json');
    expect(doc.title).toEqual({ ar: 'الأمطار تعود', en: 'The rain returns' });
    expect(doc.ar).toEqual(['هطلت أمطار غزيرة.', 'فقرة أولى.', 'فقرة ثانية.', 'بلا ترجمة.']);
    expect(doc.en).toEqual(['Heavy rain fell.', 'Two paragraphs in one.', 'English only.']);
    expect(doc.alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1, 2], en: [1] },
      { ar: [3], en: [] },
      { ar: [], en: [2] },
    ]);
    expect(doc.metadata).toEqual({ source: 'بي بي سي عربي' });
    expect(doc.setAside).toEqual(bilingual.setAside);
  });

  it('round-trips JSON → article → JSON keeping every segment', () => {
    const exported = JSON.parse(
      exportBilingualJson({ ...articleOf(bilingual), metadata: bilingual.metadata }),
    );
    expect(exported).toEqual(bilingual);
  });

  it('refuses JSON that is not a Muwazi article, and broken JSON, with unsupported-format', () => {
    for (const text of [
      '{"pairs": []}',
      '[1,2,3]',
      '{"muwazi": 2, "title": {"ar": "x"}, "pairs": []}',
      '{not json',
    ]) {
      expect(() => importDocument(bytes(text), 'a.json')).toThrow(
        expect.objectContaining({ code: 'unsupported-format' }),
      );
    }
    expect(() => importDocument(bytes('{"muwazi":1,"title":{"ar":" "},"pairs":[]}'), 'a.json')).toThrow(
      expect.objectContaining({ code: 'empty-article' }),
    );
  });
});

describe('exportMarkdown', () => {
  it('writes the title, then each row’s Arabic followed by its English, in order', () => {
    const markdown = exportMarkdown(articleOf(bilingual));
    expect(markdown.startsWith('# الأمطار تعود\n\n## The rain returns\n\n')).toBe(true);
    const order = [
      'هطلت أمطار غزيرة.',
      'Heavy rain fell.',
      'فقرة أولى.',
      'فقرة ثانية.',
      'Two paragraphs in one.',
      'بلا ترجمة.',
      'English only.',
    ];
    const positions = order.map((text) => markdown.indexOf(text));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('keeps a paragraph that starts like Markdown syntax as text', () => {
    const article = articleOf({
      muwazi: 1,
      title: { ar: 'عنوان' },
      pairs: [{ ar: '# ليس عنوانا', en: '- not a list' }],
    });
    const markdown = exportMarkdown(article);
    expect(markdown).toContain('\\# ليس عنوانا');
    expect(markdown).toContain('\\- not a list');
  });
});
