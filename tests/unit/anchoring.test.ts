import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import approxSearch from 'approx-string-match';
import { anchor } from '../../electron/core/annotations/anchor';
import { approxMatches } from '../../electron/core/annotations/approxMatches';
import { describeRange } from '../../electron/core/annotations/selectors';

// Three paragraphs as the reader sees them: vowelled verse, tatweel, digits in both scripts,
// Latin acronyms, Arabic punctuation.
const paragraphs = [
  'نقلت وكالة الأنباء عن رئيس الوزراء أن بغداد وواشنطن تؤكدان التزامهما بانسحاب القوات الأمريكية من العراق.',
  'وَكَما قالَ الشّاعِرُ قَديماً: «إِذا الشَّعبُ يَوماً أَرادَ الحَياةَ، فَلا بُدَّ أَن يَستَجيبَ القَدَر».',
  'وأشار تقرير منظمة OECD الصادر عام ٢٠٢١ إلى أن الإنفاق على البحث العلمي لا يتجاوز 0.8% من الناتج، وهو رقـــم متواضع؛ فهل يتغير ذلك في 2030؟',
];
const doc = paragraphs.join('\n\n');

function rangeOf(text: string, passage: string): { start: number; end: number } {
  const start = text.indexOf(passage);
  if (start === -1 || text.indexOf(passage, start + 1) !== -1)
    throw new Error(`"${passage}" is not in the text once`);
  return { start, end: start + passage.length };
}

function selectorsFor(text: string, passage: string) {
  const { start, end } = rangeOf(text, passage);
  return describeRange(text, start, end);
}

describe('describeRange', () => {
  it('records the quote, 32 characters of context either side, and the position', () => {
    const selectors = selectorsFor(doc, 'الإنفاق على البحث العلمي');
    expect(selectors.quote.exact).toBe('الإنفاق على البحث العلمي');
    expect(selectors.quote.prefix).toBe(doc.slice(doc.indexOf('الإنفاق') - 32, doc.indexOf('الإنفاق')));
    expect(selectors.quote.prefix).toHaveLength(32);
    expect(selectors.quote.suffix).toBe(' لا يتجاوز 0.8% من الناتج، وهو ر');
    expect(selectors.position).toEqual({
      type: 'TextPositionSelector',
      ...rangeOf(doc, 'الإنفاق على البحث العلمي'),
    });
  });

  it('keeps shorter context at the edges of the text', () => {
    const selectors = describeRange(doc, 0, 4);
    expect(selectors.quote.prefix).toBe('');
    expect(describeRange(doc, doc.length - 3, doc.length).quote.suffix).toBe('');
  });

  it('refuses empty and out-of-range ranges', () => {
    expect(() => describeRange(doc, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(doc, -1, 3)).toThrow(RangeError);
    expect(() => describeRange(doc, 0, doc.length + 1)).toThrow(RangeError);
  });
});

describe('anchor: round trips', () => {
  it('finds any range of an unchanged text at its position', () => {
    fc.assert(
      fc.property(fc.nat(doc.length - 1), fc.nat(200), (start, length) => {
        const end = Math.min(doc.length, start + 1 + length);
        expect(anchor(doc, describeRange(doc, start, end))).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the tricky passages: vowelled verse, tatweel, both digit scripts, Latin words', () => {
    for (const passage of [
      'الشَّعبُ يَوماً أَرادَ الحَياةَ',
      'رقـــم متواضع',
      'عام ٢٠٢١',
      'في 2030؟',
      'منظمة OECD الصادر',
    ]) {
      expect(anchor(doc, selectorsFor(doc, passage))).toEqual({
        ...rangeOf(doc, passage),
        method: 'position',
      });
    }
  });
});

describe('anchor: after edits', () => {
  const quoted = 'تؤكدان التزامهما بانسحاب القوات الأمريكية';

  it('follows the passage when a paragraph is inserted before it', () => {
    const selectors = selectorsFor(doc, quoted);
    const edited = `فقرة جديدة أضيفت في أول المقال.\n\n${doc}`;
    expect(anchor(edited, selectors)).toEqual({ ...rangeOf(edited, quoted), method: 'quote-exact' });
  });

  it('follows the passage when a paragraph before it is removed', () => {
    const selectors = selectorsFor(doc, 'لا يتجاوز 0.8% من الناتج');
    const edited = [paragraphs[0], paragraphs[2]].join('\n\n');
    expect(anchor(edited, selectors)).toEqual({
      ...rangeOf(edited, 'لا يتجاوز 0.8% من الناتج'),
      method: 'quote-exact',
    });
  });

  it('finds the corrected passage when a typo inside the quote is fixed', () => {
    const withTypo = doc.replace('الأمريكية', 'الأمريكيه');
    const selectors = selectorsFor(withTypo, 'تؤكدان التزامهما بانسحاب القوات الأمريكيه');
    expect(anchor(doc, selectors)).toEqual({ ...rangeOf(doc, quoted), method: 'quote-fuzzy' });
  });

  it('covers the same words, vowels included, when diacritics are added to them', () => {
    const selectors = selectorsFor(doc, quoted);
    const vowelled = 'تُؤَكِّدانِ اِلتِزامَهُما بِانسِحابِ القُوّاتِ الأَمريكِيَّةِ';
    const edited = doc.replace(quoted, vowelled);
    expect(anchor(edited, selectors)).toEqual({ ...rangeOf(edited, vowelled), method: 'quote-fuzzy' });
  });

  it('covers the bare words when diacritics are removed from them', () => {
    const selectors = selectorsFor(doc, 'الشَّعبُ يَوماً أَرادَ الحَياةَ');
    const edited = doc.replace('الشَّعبُ يَوماً أَرادَ الحَياةَ', 'الشعب يوما اراد الحياة');
    expect(anchor(edited, selectors)).toEqual({
      ...rangeOf(edited, 'الشعب يوما اراد الحياة'),
      method: 'quote-fuzzy',
    });
  });

  it('finds the passage when tatweel is added or digits change script', () => {
    const selectors = selectorsFor(doc, 'الصادر عام ٢٠٢١ إلى أن');
    const edited = doc.replace('الصادر عام ٢٠٢١', 'الصـــادر عام 2021');
    expect(anchor(edited, selectors)).toEqual({
      ...rangeOf(edited, 'الصـــادر عام 2021 إلى أن'),
      method: 'quote-fuzzy',
    });
  });

  it('finds a Latin word whose case changed', () => {
    const selectors = selectorsFor(doc, 'تقرير منظمة OECD الصادر');
    const edited = doc.replace('OECD', 'Oecd');
    expect(anchor(edited, selectors)).toEqual({
      ...rangeOf(edited, 'تقرير منظمة Oecd الصادر'),
      method: 'quote-fuzzy',
    });
  });

  it('follows a sentence moved to another paragraph', () => {
    const sentence = 'فهل يتغير ذلك في 2030؟';
    const selectors = selectorsFor(doc, sentence);
    const edited = [
      `${sentence} ${paragraphs[0]}`,
      paragraphs[1],
      paragraphs[2]!.replace(` ${sentence}`, ''),
    ].join('\n\n');
    expect(anchor(edited, selectors)).toEqual({ ...rangeOf(edited, sentence), method: 'quote-exact' });
  });

  it('tells repeated passages apart by their context', () => {
    const repeated = 'وقال المتحدث إن الخطة تركز على القراءة.';
    const text = `بدأ الاجتماع صباحاً. ${repeated}\n\nوفي المساء عاد الوزير. ${repeated}\n\nانتهى.`;
    const second = text.lastIndexOf(repeated);
    const selectors = describeRange(text, second, second + repeated.length);
    const edited = `مقدمة قصيرة.\n\n${text}`;
    const expected = edited.lastIndexOf(repeated);
    expect(anchor(edited, selectors)).toEqual({
      start: expected,
      end: expected + repeated.length,
      method: 'quote-exact',
    });
  });

  it('tells repeated passages apart by context alone when there is no position', () => {
    const repeated = 'وقال المتحدث إن الخطة تركز على القراءة.';
    const text = `بدأ الاجتماع صباحاً. ${repeated}\n\nوفي المساء عاد الوزير. ${repeated}\n\nانتهى.`;
    const second = text.lastIndexOf(repeated);
    const { quote } = describeRange(text, second, second + repeated.length);
    const edited = text.replace('بدأ الاجتماع', 'افتُتح الاجتماع');
    const expected = edited.lastIndexOf(repeated);
    expect(anchor(edited, { quote })).toEqual({
      start: expected,
      end: expected + repeated.length,
      method: 'quote-exact',
    });
  });

  it('uses the expected shift to check the moved place first', () => {
    const selectors = selectorsFor(doc, 'بغداد');
    const inserted = 'سطر جديد.\n\n';
    const edited = inserted + doc;
    const start = edited.indexOf('بغداد');
    expect(anchor(edited, selectors, { expectedShift: inserted.length })).toEqual({
      start,
      end: start + 'بغداد'.length,
      method: 'quote-exact',
    });
  });

  it('finds a passage moved far away and corrected on the way', () => {
    // Filler in the other language keeps the words of the quote unique in the document.
    const filler = Array.from({ length: 16 }, (_, i) =>
      `Filler paragraph ${i} about something else entirely, long enough to push text away.`.repeat(5),
    );
    const withTypo = paragraphs[0]!.replace('الأمريكية', 'الامريكيه');
    const before = [withTypo, ...filler].join('\n\n');
    const selectors = selectorsFor(before, 'تؤكدان التزامهما بانسحاب القوات الامريكيه من العراق');
    const after = [...filler, paragraphs[1], paragraphs[0]].join('\n\n');
    expect(after.indexOf('تؤكدان')).toBeGreaterThan(5000);
    expect(anchor(after, selectors)).toEqual({
      ...rangeOf(after, 'تؤكدان التزامهما بانسحاب القوات الأمريكية من العراق'),
      method: 'quote-fuzzy',
    });
  });

  it('orphans a passage whose text was deleted, without throwing', () => {
    const selectors = selectorsFor(doc, 'الشَّعبُ يَوماً أَرادَ الحَياةَ');
    const edited = [paragraphs[0], paragraphs[2]].join('\n\n');
    expect(anchor(edited, selectors)).toBeNull();
    expect(anchor('', selectors)).toBeNull();
  });

  it('does not move a short quote onto the same word in unrelated text', () => {
    const selectors = selectorsFor(doc, 'بغداد');
    const edited = 'نص مختلف تماماً يذكر بغداد في سياق آخر لا علاقة له بالأصل.';
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('survives a stored position outside the text', () => {
    const selectors = selectorsFor(doc, quoted);
    const moved = {
      ...selectors,
      position: { type: 'TextPositionSelector' as const, start: 10_000, end: 10_040 },
    };
    expect(anchor(doc, moved)).toEqual({ ...rangeOf(doc, quoted), method: 'quote-exact' });
  });
});

describe('approxMatches', () => {
  it('finds the same matches as approx-string-match itself, Arabic or not', () => {
    const letters = fc.constantFrom(...'كتبالطدرسabc ');
    const text = fc.array(letters, { maxLength: 120 }).map((c) => c.join(''));
    const pattern = fc.array(letters, { minLength: 1, maxLength: 40 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, pattern, fc.nat(10), (t, p, k) => {
        expect(approxMatches(t, p, k)).toEqual(approxSearch(t, p, k));
      }),
      { numRuns: 300 },
    );
  });
});
