import { describe, expect, it } from 'vitest';
import { readDocumentTokens } from '../../electron/core/align/cueTokens';
import { createCueScorer, cueWeights, extractDocumentCues, finalMarks } from '../../electron/core/align/cues';
import { alignmentLength } from '../../electron/core/align/measure';
import { arabicNameKeys, latinNameKey } from '../../electron/core/align/names';
import { extractNumbers, normaliseDigits } from '../../electron/core/align/numbers';
import { arabicWeekdays, englishWeekdays } from '../../electron/core/align/weekdays';

describe('numbers as alignment cues', () => {
  it('reads Arabic-Indic and Extended Arabic-Indic digits as ASCII', () => {
    expect(normaliseDigits('عام ٢٠٢٠ و۱۹۹۸')).toBe('عام 2020 و1998');
  });

  it('spells the same number the same way in both languages', () => {
    expect(extractNumbers('بلغ العدد ١٬٥٠٠ شخص بنسبة ٣٫٥٪ في ۲۰۲۰')).toEqual(['1500', '3.5', '2020']);
    expect(extractNumbers('1,500 people, 3.5% in 2020; 1.500.000 and 007')).toEqual([
      '1500',
      '3.5',
      '2020',
      '1500000',
      '7',
    ]);
  });
});

describe('document cues', () => {
  const ar = ['قال الأمين العام لحلف NATO إن ٣٢٠ جندياً وصلوا؟', 'وأضاف: «لن ننسحب».', 'ثم غادر القاعة.'];
  const en = [
    'The NATO secretary general said 320 soldiers had arrived?',
    'He added: “We will not withdraw.”',
    'Then he left the hall.',
  ];
  const cues = extractDocumentCues(ar, en);
  const bonus = createCueScorer(cues);

  it('rewards a bead whose sides share numbers, Latin words and marks', () => {
    expect(bonus(0, 1, 0, 1)).toBeGreaterThan(bonus(0, 1, 1, 2));
    expect(bonus(1, 2, 1, 2)).toBeGreaterThan(0);
    expect(bonus(2, 3, 2, 3)).toBe(0);
    // Two rows joined keep what each shared, save the first one's ending: a joined row has one end.
    expect(bonus(0, 2, 0, 2)).toBeCloseTo(bonus(0, 1, 0, 1) + bonus(1, 2, 1, 2) - cueWeights.finalMark, 10);
  });

  it('charges a bead for the numbers and names one side has and the other lacks', () => {
    // The first Arabic paragraph's NATO and 320 have no counterpart in the second English one.
    expect(bonus(0, 1, 1, 2)).toBeCloseTo(-(cueWeights.number + cueWeights.latinWord), 10);
    // Joined to the row that shares them, they cost nothing: the bonus is the two rows' own.
    expect(bonus(0, 2, 0, 2)).toBeCloseTo(bonus(0, 1, 0, 1) + bonus(1, 2, 1, 2) - cueWeights.finalMark, 10);
  });

  it('sees how a paragraph ends, closing quotes and a stop after them included', () => {
    expect([...cues.ar.finals]).toEqual([finalMarks.question, finalMarks.quote, finalMarks.plain]);
    expect([...cues.en.finals]).toEqual([finalMarks.question, finalMarks.quote, finalMarks.plain]);
  });
});

describe('names and days as cues', () => {
  it('reads a name and its transliteration as the same key', () => {
    const pairs: Array<[string, string]> = [
      ['الكاظمي', 'Kadhimi'],
      ['شينكر', 'Schenker'],
      ['ببغداد', 'Baghdad'],
      ['وواشنطن', 'Washington'],
      ['كاتيوشا', 'Katyusha'],
      ['ديفيد', 'David'],
      ['مصطفى', 'Mustafa'],
      ['بالمرجعية', 'Marjaiya'],
      ['أمريكا', 'America’s'],
    ];
    for (const [arabic, english] of pairs)
      expect(arabicNameKeys(arabic), arabic).toContain(latinNameKey(english));
  });

  it('keeps apart names that only sound alike, and leaves out keys too short to tell', () => {
    expect(arabicNameKeys('المرجعية')).not.toContain(latinNameKey('America'));
    // The article is not read as part of a name: الأرض is not "Lord".
    expect(arabicNameKeys('ٱلۡأَرۡضِ')).not.toContain(latinNameKey('Lord'));
    expect(latinNameKey('Iraq')).toBe('');
    expect(arabicNameKeys('العراق')).toEqual([]);
  });

  it('finds days of the week with the particles Arabic writes onto them', () => {
    expect(arabicWeekdays('وكان الكاظمي أكد الخميس، وبالأربعاء وللجمعة')).toEqual([5, 4, 6]);
    expect(arabicWeekdays('خميس')).toEqual([]);
    expect(englishWeekdays('He said on Thursday, and on Wednesday’s call; not on thursday.')).toEqual([5, 4]);
  });

  it('drops a token one side has far more often than the other', () => {
    // ربك ("your Lord") has the key of "Arabic": an everyday word, not a name carried over.
    const ar = ['قال ربك.', 'وربك أعلم.', 'إن ربك.', 'ربك هو.', 'قال الكاظمي.'];
    const en = ['Your Lord said.', 'An Arabic book.', 'Indeed, your Lord.', 'He is.', 'Al-Kadhimi said.'];
    const tokens = readDocumentTokens(ar, en);
    expect(tokens.ar.map((list) => list.length)).toEqual([0, 0, 0, 0, 1]);
    expect(tokens.en.map((list) => list.length)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('alignmentLength', () => {
  it('counts letters, not vowel marks, tatweel or spaces', () => {
    expect(alignmentLength('كَتَبَ')).toBe(alignmentLength('كتب'));
    expect(alignmentLength('كـــتب')).toBe(3);
    expect(alignmentLength(' a b\u00a0c ')).toBe(3);
    expect(alignmentLength('😀')).toBe(1);
  });
});
