import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../electron/core/align/alignParagraphs';
import { alignSentences } from '../../electron/core/align/alignSentences';
import { splitSentences, type TextRange } from '../../electron/core/align/sentences';
import { loadQuranPairs, type SentencePair } from '../../bench/align/quranPairs';
import { sampleParagraphs } from '../helpers/sampleParagraphs';

const texts = (text: string, ranges: TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits Arabic at ؟ and ؛ as well as the full stop, ! and …', () => {
    const text =
      'هل انتهت الأزمة؟ يقول المسؤولون إنها لم تنته؛ فالمفاوضات ما زالت جارية. لا بد من الصبر! وللحديث بقية… ننتظر.';
    expect(texts(text, splitSentences(text, 'ar'))).toEqual([
      'هل انتهت الأزمة؟',
      'يقول المسؤولون إنها لم تنته؛',
      'فالمفاوضات ما زالت جارية.',
      'لا بد من الصبر!',
      'وللحديث بقية…',
      'ننتظر.',
    ]);
  });

  it('keeps abbreviations, initials and decimals inside their sentence', () => {
    const english =
      'The U.S. State Department said so. Mr. Schenker agreed on Thursday. Oil fell 3.5 percent.';
    expect(texts(english, splitSentences(english, 'en'))).toEqual([
      'The U.S. State Department said so.',
      'Mr. Schenker agreed on Thursday.',
      'Oil fell 3.5 percent.',
    ]);
    const arabic = 'قال د. محمد إن النمو بلغ ٣٫٥ بالمئة في U.S. هذا العام. وأضاف أن الوضع مستقر.';
    expect(texts(arabic, splitSentences(arabic, 'ar'))).toEqual([
      'قال د. محمد إن النمو بلغ ٣٫٥ بالمئة في U.S. هذا العام.',
      'وأضاف أن الوضع مستقر.',
    ]);
  });

  it('gives offsets into the paragraph, trimmed of the spaces between sentences', () => {
    const text = '  وقال الكاظمي: «نريد السلام».   ثم غادر؟ ';
    const ranges = splitSentences(text, 'ar');
    expect(ranges).toEqual([
      { start: 2, end: 30 },
      { start: 33, end: 41 },
    ]);
    expect(splitSentences(' \n ', 'en')).toEqual([]);
  });

  it('covers every non-space character once, in order, for any text', () => {
    const pieces = fc.constantFrom(
      'قال',
      'U.S.',
      'Mr.',
      'د.',
      '3.5',
      '؟',
      '؛',
      '.',
      '!',
      '…',
      '«',
      '»',
      '"',
      'word',
      ' ',
      '  ',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.constantFrom('ar', 'en'),
        (parts, lang) => {
          const text = parts.join('');
          const ranges = splitSentences(text, lang as 'ar' | 'en');
          let previousEnd = 0;
          for (const { start, end } of ranges) {
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(text.slice(previousEnd, start).trim()).toBe('');
            expect(text[start]!.trim()).not.toBe('');
            expect(text[end - 1]!.trim()).not.toBe('');
            previousEnd = end;
          }
          expect(text.slice(previousEnd).trim()).toBe('');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('alignSentences', () => {
  let verses: SentencePair[];
  beforeAll(async () => {
    // Al-Baqarah 2:2–2:6 in Arabic and in Saheeh International's English.
    verses = (await loadQuranPairs()).slice(8, 13);
  });

  it('pairs sentences one with one when the translation keeps them', () => {
    const beads = alignSentences(
      verses.map((v) => v.ar),
      verses.map((v) => v.en),
    );
    expect(beads).toEqual(verses.map((_, k) => ({ ar: [k], en: [k] })));
  });

  it('finds two sentences the translator joined into one', () => {
    const [a, b, c, d, e] = verses as [SentencePair, SentencePair, SentencePair, SentencePair, SentencePair];
    const beads = alignSentences([a.ar, b.ar, c.ar, d.ar, e.ar], [a.en, `${b.en} ${c.en}`, d.en, e.en]);
    expect(beads).toEqual([
      { ar: [0], en: [0] },
      { ar: [1, 2], en: [1] },
      { ar: [3], en: [2] },
      { ar: [4], en: [3] },
    ]);
  });

  it('leaves every sentence alone when the other side has none', () => {
    expect(alignSentences(['جملة.', 'أخرى.'], [])).toEqual([
      { ar: [0], en: [] },
      { ar: [1], en: [] },
    ]);
    expect(alignSentences([], [])).toEqual([]);
  });
});

describe('alignSentences on the sample article', () => {
  let ar: string[];
  let en: string[];
  beforeAll(async () => {
    ({ ar, en } = await sampleParagraphs());
  });
  const sentencesOf = (paragraphs: string[], lang: 'ar' | 'en') =>
    paragraphs.flatMap((text) => splitSentences(text, lang).map((r) => text.slice(r.start, r.end)));

  it('links the last row: one Arabic sentence the translator cut in two', () => {
    // The Arabic runs on with commas from the vote against the coalition to the security
    // agreement; the English stops after ISIS and starts again with "Parliament also voted".
    const arabic = sentencesOf([ar[12]!], 'ar');
    const english = sentencesOf([en[12]!], 'en');
    expect(arabic).toHaveLength(1);
    expect(english.map((s) => s.slice(0, 24))).toEqual([
      'The Iraqi Council of Rep',
      'Parliament also voted to',
    ]);
    const { model } = alignParagraphs(ar, en);
    expect(alignSentences(arabic, english, { model })).toEqual([{ ar: [0], en: [0, 1] }]);
  });

  it('links every sentence of the article to its translation with no paragraphs to guide it', () => {
    // Thirteen Arabic sentences, one a paragraph, and fourteen English ones: the translator
    // kept every sentence but the last, which became two.
    const arabic = sentencesOf(ar, 'ar');
    const english = sentencesOf(en, 'en');
    expect([arabic.length, english.length]).toEqual([13, 14]);
    const { model } = alignParagraphs(ar, en);
    expect(alignSentences(arabic, english, { model })).toEqual([
      ...Array.from({ length: 12 }, (_, k) => ({ ar: [k], en: [k] })),
      { ar: [12], en: [12, 13] },
    ]);
  });
});
