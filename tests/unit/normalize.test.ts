import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldForMatch,
  normalizeForMatch,
  toFoldedOffset,
  toOriginalRange,
} from '../../electron/core/text/normalize';

describe('normalizeForMatch', () => {
  it('strips tashkeel, superscript alef, Quranic marks and tatweel', () => {
    expect(foldForMatch('كَتَبَ الطَّالِبُ الدَّرْسَ')).toBe('كتب الطالب الدرس');
    expect(foldForMatch('رَحْمٰنِ')).toBe('رحمن');
    expect(foldForMatch('الـــعـربية')).toBe('العربية');
    expect(foldForMatch('الرَّحِيمِ ۝ ذَٰلِكَ ۖ')).toBe('الرحيم  ذلك ');
  });

  it('unifies alef forms and alef maqsura', () => {
    expect(foldForMatch('أحمد إلى آخر ٱلكتاب')).toBe('احمد الي اخر الكتاب');
    expect(foldForMatch('مستشفى')).toBe(foldForMatch('مستشفي'));
  });

  it('composes decomposed letters before folding, so both spellings of a hamza letter agree', () => {
    // Alef + combining madda is آ; waw + combining hamza is ؤ, which is kept as a letter.
    expect(foldForMatch('\u0627\u0653')).toBe('ا');
    expect(foldForMatch('\u0648\u0654')).toBe('\u0624');
    expect(foldForMatch('\u0648\u0654')).toBe(foldForMatch('\u0624'));
    expect(foldForMatch('cafe\u0301')).toBe('café');
  });

  it('keeps digits as written unless asked to fold them', () => {
    expect(foldForMatch('سنة ٢٠٢١ و۲۰۲۲')).toBe('سنة ٢٠٢١ و۲۰۲۲');
    expect(foldForMatch('سنة ٢٠٢١ و۲۰۲۲', { digits: 'ascii' })).toBe('سنة 2021 و2022');
  });

  it('folds Latin case only when asked, and leaves Arabic alone', () => {
    expect(foldForMatch('منظمة OECD')).toBe('منظمة OECD');
    expect(foldForMatch('منظمة OECD Über', { foldCase: true })).toBe('منظمة oecd über');
  });

  it('drops invisible format characters and treats no-break spaces as spaces', () => {
    expect(foldForMatch('\u200fكلمة\u200c\u00a0أخرى\ufeff')).toBe('كلمة اخري');
  });

  it('maps a match in folded text back to the exact original range, marks of the last letter included', () => {
    const original = 'قال: كَتَبَ الطّالِبُ الدَّرْسَ.';
    const folded = normalizeForMatch(original);
    const at = folded.text.indexOf('الطالب');
    const range = toOriginalRange(folded, at, at + 'الطالب'.length);
    expect(original.slice(range.start, range.end)).toBe('الطّالِبُ');
  });

  it('maps folded offsets to original offsets and back', () => {
    const original = 'أَهْلاً بِكُمْ';
    const folded = normalizeForMatch(original);
    expect(folded.text).toBe('اهلا بكم');
    expect(Array.from(folded.offsets)).toEqual([0, 2, 4, 5, 7, 8, 10, 12, original.length]);
    expect(toFoldedOffset(folded, 8)).toBe(5);
    expect(toFoldedOffset(folded, 9)).toBe(6);
    expect(toFoldedOffset(folded, original.length)).toBe(folded.text.length);
  });

  it('never splits a character that folded into several', () => {
    const original = 'xİy';
    const folded = normalizeForMatch(original, { foldCase: true });
    expect(folded.text).toBe('xi\u0307y');
    expect(toOriginalRange(folded, 0, 2)).toEqual({ start: 0, end: 2 });
  });

  // Letters, marks, tatweel, alef forms, digits of both scripts, Latin, spaces and an invisible
  // joiner: everything the folding treats specially, mixed at random.
  const alphabet = [
    ...'كتبالطدرسفيةمنظ',
    'أ',
    'إ',
    'آ',
    'ٱ',
    'ى',
    '\u064e',
    '\u0651',
    '\u0650',
    '\u0652',
    '\u0670',
    '\u0640',
    '\u0653',
    '\u0654',
    '٢',
    '٠',
    '1',
    '9',
    'O',
    'e',
    'C',
    ' ',
    '\n',
    '\u200c',
  ];
  const arabicish = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((chars) => chars.join(''));

  it('for any text, folding the mapped-back range gives the folded slice', () => {
    fc.assert(
      fc.property(arabicish, fc.nat(), fc.nat(), (original, a, b) => {
        const folded = normalizeForMatch(original, { digits: 'ascii', foldCase: true });
        const n = folded.text.length;
        const start = n === 0 ? 0 : a % (n + 1);
        const end = start + (n === 0 ? 0 : b % (n - start + 1));
        const range = toOriginalRange(folded, start, end);
        const refolded = foldForMatch(original.slice(range.start, range.end), {
          digits: 'ascii',
          foldCase: true,
        });
        expect(refolded).toBe(folded.text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('for any text, offsets rise with the text and end at its length', () => {
    fc.assert(
      fc.property(arabicish, (original) => {
        const { text, offsets } = normalizeForMatch(original);
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(original.length);
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThan(offsets[i - 1]!);
      }),
      { numRuns: 300 },
    );
  });
});
