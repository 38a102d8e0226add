import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxArticleBytes } from '../../electron/contract';
import { importDocument, importSidecar } from '../../electron/core/import/importDocument';
import { articleFromImport } from '../../electron/core/import/toArticle';
import { sampleArticleName, sampleLibraryDir, sampleTitle } from '../helpers/paths';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('importDocument', () => {
  it('reads the seed article as exactly its title, 13 paragraphs and two trailing lines set aside', () => {
    const doc = importDocument(
      readFileSync(path.join(sampleLibraryDir, sampleArticleName)),
      sampleArticleName,
    );
    expect(doc.title.ar).toBe(sampleTitle);
    expect(doc.ar).toHaveLength(13);
    expect(doc.ar[0]).toMatch(/^نقلت وكالة الأنباء العراقية الرسمية \(واع\)/);
    expect(doc.ar[12]).toMatch(/لإلغاء الاتفاقية الأمنية مع أمريكا\.$/);
    expect(
      doc.setAside.map((block) => [block.kind, block.lang, block.after, block.text.slice(0, 25)]),
    ).toEqual([
      ['boilerplate', 'ar', 13, 'قد يعجبك ايضا'],
      ['boilerplate', 'ar', 13, 'يستخدم هذا الموقع ملفات ت'],
    ]);
    expect(doc.metadata).toEqual({});
  });

  it('pairs the seed with its translation into the article model', () => {
    const document = importDocument(
      readFileSync(path.join(sampleLibraryDir, sampleArticleName)),
      sampleArticleName,
    );
    const english = sampleArticleName.replace(/\.txt$/, '.en.txt');
    const value = importSidecar(readFileSync(path.join(sampleLibraryDir, english)), english);
    const article = articleFromImport({
      id: 'abcdef0123456789',
      file: sampleArticleName,
      document,
      sidecar: { file: english, value },
    });
    expect(article.en).toHaveLength(13);
    expect(article.alignment).toEqual(Array.from({ length: 13 }, (_, i) => ({ ar: [i], en: [i] })));
    expect(article.title.en).toMatch(/Iraqi Prime Minister/);
    expect(article.source).toEqual({
      file: sampleArticleName,
      format: 'txt',
      encoding: 'utf-8',
      translation: { file: english, format: 'txt', encoding: 'utf-8' },
    });
  });

  it('sets aside furniture in the middle of a text, not only at its end', () => {
    const text =
      'عنوان\n\nفقرة أولى من المقال.\n\nاقرأ أيضا: خبر آخر لا صلة له\n\nفقرة ثانية من المقال.\n\nأضف تعليقك\n';
    const doc = importDocument(bytes(text), 'a.txt');
    expect(doc.ar).toEqual(['فقرة أولى من المقال.', 'فقرة ثانية من المقال.']);
    expect(doc.setAside.map((block) => [block.text, block.after])).toEqual([
      ['اقرأ أيضا: خبر آخر لا صلة له', 1],
      ['أضف تعليقك', 2],
    ]);
  });

  it('reads Markdown without its markup', () => {
    const md =
      '# عنوان **المقال**\n\nفقرة فيها [رابط](http://x.example) و*تأكيد*.\n\n- بند أول\n\n![صورة من الحدث](a.png)\n';
    const doc = importDocument(bytes(md), 'a.md');
    expect(doc.title.ar).toBe('عنوان المقال');
    expect(doc.ar).toEqual(['فقرة فيها رابط وتأكيد.', 'بند أول']);
    expect(doc.setAside).toEqual([{ text: 'صورة من الحدث', kind: 'caption', lang: 'ar', after: 2 }]);
  });

  it('refuses other formats, oversized files and files without text, each with its code', () => {
    expect(() => importDocument(bytes('x'), 'a.pdf')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
    expect(() => importDocument(bytes('x'), 'noextension')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
    expect(() => importDocument(new Uint8Array(maxArticleBytes + 1), 'a.txt')).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    );
    expect(() => importDocument(bytes(' \n\n \n'), 'a.txt')).toThrow(
      expect.objectContaining({ code: 'empty-article' }),
    );
    expect(() => importDocument(bytes('<html><body>  </body></html>'), 'a.html')).toThrow(
      expect.objectContaining({ code: 'empty-article' }),
    );
    expect(() => importSidecar(bytes('{}'), 'a.en.json')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
  });
});
