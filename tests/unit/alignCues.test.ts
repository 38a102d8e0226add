import { describe, expect, it } from 'vitest';
import { createCueScorer, cueWeights, extractDocumentCues, finalMarks } from '../../electron/core/align/cues';
import { alignmentLength } from '../../electron/core/align/measure';
import { extractNumbers, normaliseDigits } from '../../electron/core/align/numbers';

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
    expect(bonus(0, 1, 1, 2)).toBe(0);
    expect(bonus(1, 2, 1, 2)).toBeGreaterThan(0);
    // Two rows joined keep what each shared, save the first one's ending: a joined row has one end.
    expect(bonus(0, 2, 0, 2)).toBeCloseTo(bonus(0, 1, 0, 1) + bonus(1, 2, 1, 2) - cueWeights.finalMark, 10);
  });

  it('sees how a paragraph ends, closing quotes and a stop after them included', () => {
    expect([...cues.ar.finals]).toEqual([finalMarks.question, finalMarks.quote, finalMarks.plain]);
    expect([...cues.en.finals]).toEqual([finalMarks.question, finalMarks.quote, finalMarks.plain]);
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
