import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { MuwaziError } from '../../electron/core/errors';
import { exportBilingualJson } from '../../electron/core/import/bilingualJson';
import { importDocument } from '../../electron/core/import/importDocument';
import { exportTmx } from '../../electron/core/import/tmx/exportTmx';
import type { ImportedDocument } from '../../electron/core/import/types';

const extensions = ['txt', 'md', 'html', 'htm', 'tmx', 'json', 'TXT', 'pdf', ''];

// Lines a scraped page is made of: prose, and the furniture the clean-up looks for.
const pieces = [
  'قد يعجبك ايضا',
  'اقرأ أيضا: عنوان خبر آخر',
  'بقلم: سارة علي',
  '20 أغسطس 2023',
  'الرئيسية | أخبار | رياضة',
  '(صورة: رويترز)',
  'الوسوم: اقتصاد، نفط',
  'أضف تعليقك',
  'يستخدم هذا الموقع ملفات تعريف الارتباط. موافق',
  'جميع الحقوق محفوظة © 2023',
  'عنوان الخبر | الجزيرة نت',
  'الجزيرة نت',
  'المصدر: وكالات',
];
const arabicWord = fc.stringMatching(/^[\u0621-\u064a]{1,8}$/);
const proseLine = fc.array(arabicWord, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));
const line = fc.oneof(proseLine, fc.constantFrom(...pieces), fc.string({ maxLength: 40 }));
const textFile = fc
  .array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 30 })
  .map((lines) => lines.join('\n'));

function everythingOut(doc: ImportedDocument): string {
  return [doc.title.ar, ...doc.ar, ...doc.setAside.map((block) => block.text)].join('\n');
}

function asArticle(doc: ImportedDocument): Article {
  return {
    id: '0123456789abcdef',
    title: doc.title,
    ar: doc.ar.map((text) => ({ text })),
    en: doc.en.map((text) => ({ text })),
    alignment: doc.alignment ?? [],
    setAside: doc.setAside,
    source: { file: 'x', format: 'txt', encoding: doc.encoding },
  };
}

const segment = fc
  .array(fc.oneof(arabicWord, fc.constantFrom('&', '<b>', ']]>', '"', "'", 'English', '٣', '—')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((words) => words.join(' '));
const pair = fc.record({
  ar: fc.option(segment, { nil: undefined }),
  en: fc.option(segment, { nil: undefined }),
});
const pairs = fc
  .array(pair, { minLength: 1, maxLength: 15 })
  .map((list) => list.filter((p) => p.ar !== undefined || p.en !== undefined));

describe('importDocument properties', () => {
  it('throws nothing but MuwaziError on arbitrary bytes under any supported name', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...extensions), (bytes, extension) => {
        try {
          importDocument(bytes, `file.${extension}`);
        } catch (error) {
          if (!(error instanceof MuwaziError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('throws nothing but MuwaziError on text-like bytes, markup and Arabic included', () => {
    const markup = fc.array(
      fc.constantFrom(
        '<div>',
        '</div>',
        '<p>',
        '<tu>',
        '<tuv xml:lang="ar">',
        '<seg>',
        '</seg>',
        '{"muwazi":1',
        '"pairs":[',
        'نص',
        '&amp;',
        '<![CDATA[',
        ']]>',
        '<script>',
        '\n',
      ),
      {
        maxLength: 60,
      },
    );
    fc.assert(
      fc.property(markup, fc.constantFrom('html', 'tmx', 'json', 'md', 'txt'), (parts, extension) => {
        try {
          importDocument(new TextEncoder().encode(parts.join('')), `file.${extension}`);
        } catch (error) {
          if (!(error instanceof MuwaziError)) throw error;
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('never loses text: every non-empty line of a UTF-8 text file comes out somewhere', () => {
    fc.assert(
      fc.property(textFile, (text) => {
        let doc: ImportedDocument;
        try {
          doc = importDocument(new TextEncoder().encode(text), 'page.txt');
        } catch (error) {
          // Only a file with no text at all (or control codes) may be refused.
          expect(error).toBeInstanceOf(MuwaziError);
          expect(['empty-article', 'not-text']).toContain((error as MuwaziError).code);
          return;
        }
        const out = everythingOut(doc).replace(/\s+/g, ' ');
        for (const original of text.split(/\r\n?|\n|\u2028|\u2029/)) {
          const line = original.replace(/\s+/g, ' ').trim();
          if (line === '') continue;
          // A title's site name is split off into its own block: every word is still there, only
          // the separator between them ("|", "-") is not.
          for (const word of line.split(' ')) if (!/^[|\-–—:»«•]+$/.test(word)) expect(out).toContain(word);
          if (!line.includes(' | ') && !line.includes(' - ')) expect(out).toContain(line);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('keeps every segment through TMX → article → TMX', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        fc.pre(list.length > 0);
        const first: Article = {
          ...asArticle({
            format: 'tmx',
            encoding: 'utf-8',
            title: { ar: 'عنوان' },
            ar: [],
            en: [],
            setAside: [],
            metadata: {},
          }),
        };
        for (const p of list) {
          first.alignment.push({ ar: p.ar ? [first.ar.length] : [], en: p.en ? [first.en.length] : [] });
          if (p.ar) first.ar.push({ text: p.ar });
          if (p.en) first.en.push({ text: p.en });
        }
        const once = importDocument(new TextEncoder().encode(exportTmx(first)), 'a.tmx');
        const twice = importDocument(new TextEncoder().encode(exportTmx(asArticle(once))), 'b.tmx');
        for (const doc of [once, twice]) {
          expect(doc.ar).toEqual(first.ar.map((s) => s.text.trim()));
          expect(doc.en).toEqual(first.en.map((s) => s.text.trim()));
          expect(doc.alignment).toEqual(first.alignment);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keeps every segment through JSON → article → JSON', () => {
    fc.assert(
      fc.property(pairs, (list) => {
        const json = JSON.stringify({ muwazi: 1, title: { ar: 'عنوان', en: 'Title' }, pairs: list });
        const doc = importDocument(new TextEncoder().encode(json), 'a.json');
        const back = JSON.parse(exportBilingualJson(asArticle(doc)));
        const trimmed = list.map((p) => ({
          ...(p.ar ? { ar: p.ar.trim() } : {}),
          ...(p.en ? { en: p.en.trim() } : {}),
        }));
        expect(back.pairs).toEqual(trimmed);
        expect(back.title).toEqual({ ar: 'عنوان', en: 'Title' });
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
