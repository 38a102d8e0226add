import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { describeRow, findBookmarkRow } from '../../electron/core/annotations/bookmarks';
import {
  documentText,
  documentTexts,
  paragraphIndexAt,
  paragraphStarts,
} from '../../electron/core/annotations/documentText';
import type { Annotation } from '../../electron/core/annotations/model';
import { reanchorAll } from '../../electron/core/annotations/reanchor';
import { describeRange } from '../../electron/core/annotations/selectors';
import { articleFromText } from '../helpers/articleFromText';

const arabic = [
  'عنوان المقال',
  'أعلنت وزارة التربية عن خطة جديدة لتطوير المناهج الدراسية في المرحلة الابتدائية.',
  'وقال المتحدث باسم الوزارة إن الخطة تركز على مهارات القراءة والكتابة والتفكير النقدي.',
  'وتشير الأرقام الرسمية إلى أن عدد الطلاب تجاوز ثلاثة ملايين طالب وطالبة هذا العام.',
];
const english = [
  'Article title',
  'The Ministry of Education announced a new plan to develop the primary curriculum.',
  "The ministry's spokesman said the plan focuses on reading, writing and critical thinking.",
  'Official figures show that the number of pupils passed three million this year.',
];

function article(ar: string[], en: string[]): Article {
  return articleFromText(ar.join('\n\n'), en.join('\n\n'));
}

function annotationOn(text: string, lang: 'ar' | 'en', passage: string, note?: string): Annotation {
  const start = text.indexOf(passage);
  const now = new Date(0).toISOString();
  return {
    id: crypto.randomUUID(),
    articleKey: '0123456789abcdef',
    lang,
    target: { selectors: describeRange(text, start, start + passage.length) },
    body: note === undefined ? { color: 'yellow' } : { color: 'yellow', note },
    created: now,
    modified: now,
  };
}

describe('document text', () => {
  it('joins paragraphs with a blank line and locates offsets in them', () => {
    const paragraphs = [{ text: 'أول' }, { text: 'ثانٍ' }, { text: 'ثالث' }];
    expect(documentText(paragraphs)).toBe('أول\n\nثانٍ\n\nثالث');
    const starts = paragraphStarts(paragraphs);
    expect(starts).toEqual([0, 5, 11]);
    expect(paragraphIndexAt(starts, 0)).toBe(0);
    expect(paragraphIndexAt(starts, 4)).toBe(0);
    expect(paragraphIndexAt(starts, 5)).toBe(1);
    expect(paragraphIndexAt(starts, 14)).toBe(2);
  });
});

describe('reanchorAll', () => {
  const before = article(arabic, english);
  const texts = documentTexts(before);
  const onSpokesman = annotationOn(texts.ar, 'ar', 'مهارات القراءة والكتابة', 'المحور الأساسي');
  const onFigures = annotationOn(texts.ar, 'ar', 'ثلاثة ملايين طالب');
  const onPlan = annotationOn(texts.ar, 'ar', 'خطة جديدة لتطوير المناهج');
  const onEnglish = annotationOn(texts.en, 'en', 'critical thinking');
  const all = [onFigures, onSpokesman, onPlan, onEnglish];

  it('anchors everything at its stored position in an unchanged article', () => {
    const { anchored, orphaned } = reanchorAll(texts, all);
    expect(orphaned).toEqual([]);
    expect(anchored.map((a) => [a.annotation.id, a.method])).toEqual([
      [onPlan.id, 'position'],
      [onSpokesman.id, 'position'],
      [onFigures.id, 'position'],
      [onEnglish.id, 'position'],
    ]);
    expect(anchored.every((a) => a.refreshed === undefined)).toBe(true);
  });

  it('follows edits, and keeps what it cannot find as orphaned', () => {
    // A paragraph inserted at the top, the plan paragraph rewritten, a typo in the figures fixed.
    const after = article(
      [
        arabic[0]!,
        'تمهيد: هذه فقرة أضيفت بعد كتابة الملاحظات.',
        'وقررت الحكومة تأجيل الإصلاح إلى العام المقبل.',
        arabic[2]!,
        arabic[3]!.replace('ثلاثة ملايين', 'ثلاثةَ ملايينِ'),
      ],
      english,
    );
    const now = documentTexts(after);
    const { anchored, orphaned } = reanchorAll(now, all);
    expect(orphaned).toEqual([onPlan]);
    const byId = new Map(anchored.map((a) => [a.annotation.id, a]));
    const spokesman = byId.get(onSpokesman.id)!;
    expect(now.ar.slice(spokesman.start, spokesman.end)).toBe('مهارات القراءة والكتابة');
    expect(spokesman.method).toBe('quote-exact');
    expect(spokesman.refreshed).toEqual(describeRange(now.ar, spokesman.start, spokesman.end));
    const figures = byId.get(onFigures.id)!;
    expect(now.ar.slice(figures.start, figures.end)).toBe('ثلاثةَ ملايينِ طالب');
    expect(figures.method).toBe('quote-fuzzy');
    expect(byId.get(onEnglish.id)?.method).toBe('position');
  });
});

describe('bookmarks', () => {
  const before = article(arabic, english);

  it('finds its row again after a paragraph is inserted above it', () => {
    const bookmark = describeRow(before, 2)!;
    expect(bookmark.lang).toBe('ar');
    expect(bookmark.quote.exact).toBe(arabic[3]!.slice(0, 48));
    expect(findBookmarkRow(before, bookmark)).toBe(2);
    const after = article(
      [arabic[0]!, 'فقرة جديدة في البداية.', ...arabic.slice(1)],
      ['Title', 'A new first paragraph.', ...english.slice(1)],
    );
    expect(findBookmarkRow(after, bookmark)).toBe(3);
  });

  it('reports no row when its paragraph is gone', () => {
    const bookmark = describeRow(before, 1)!;
    const after = article([arabic[0]!, arabic[1]!, arabic[3]!], english);
    expect(findBookmarkRow(after, bookmark)).toBeNull();
    expect(describeRow(before, 99)).toBeNull();
  });
});
