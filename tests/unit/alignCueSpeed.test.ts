import { describe, expect, it } from 'vitest';
import { readDocumentTokens } from '../../electron/core/align/cueTokens';
import { extractDocumentCues, finalMarks } from '../../electron/core/align/cues';
import { extractNumbers } from '../../electron/core/align/numbers';
import { englishWeekdays } from '../../electron/core/align/weekdays';

/**
 * The shortcuts that keep cue extraction cheap must not change what it reads: paragraph ends
 * are read from the end by code, words are read once across documents, and texts without a
 * digit or a day skip the patterns that would find them.
 */
describe('cheap cue extraction', () => {
  const finalsOf = (texts: string[]) => [...extractDocumentCues(texts, texts).ar.finals];

  it('reads the end of a paragraph past closing quotes, brackets and a full stop', () => {
    expect(
      finalsOf([
        'قال: «نعم».',
        '“Why?”',
        'He said "yes".',
        'See the note (below).',
        'Wait...  ',
        'Note:\u00a0\n',
        'هل انتهى؟)',
        'Stop!’.',
        '".',
        '',
        'He left "',
      ]),
    ).toEqual([
      finalMarks.quote,
      finalMarks.question,
      finalMarks.quote,
      finalMarks.plain,
      finalMarks.ellipsis,
      finalMarks.colon,
      finalMarks.question,
      finalMarks.exclamation,
      finalMarks.quote,
      finalMarks.plain,
      finalMarks.quote,
    ]);
  });

  it('reads a word as a name by the English of its own document, not of one read before', () => {
    const ar = ['قال الكاظمي.', 'وصل الكاظمي.'];
    const named = (en: string[]) => readDocumentTokens(ar, en).ar.map((ids) => ids.length);
    expect(named(['Al-Kadhimi said.', 'Al-Kadhimi arrived.'])).toEqual([1, 1]);
    expect(named(['He said.', 'He arrived.'])).toEqual([0, 0]);
    expect(named(['Al-Kadhimi said.', 'Al-Kadhimi arrived.'])).toEqual([1, 1]);
  });

  it('finds numbers and days only where there are some', () => {
    expect(extractNumbers('لا أرقام هنا')).toEqual([]);
    expect(extractNumbers('0 and 00 and 0.5')).toEqual(['0', '0', '0.5']);
    expect(englishWeekdays('A day like any other.')).toEqual([]);
    expect(englishWeekdays('On Friday, not Fridays.')).toEqual([6]);
  });
});
