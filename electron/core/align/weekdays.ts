import { bareLetters } from './measure';

/**
 * Days of the week survive translation like numbers do: news reports date events by them
 * ("أكد الخميس", "stressed on Thursday"). Each day is known by its index, 0 for Saturday.
 */
const arabicDays: ReadonlyArray<readonly string[]> = [
  ['السبت'],
  ['الأحد', 'الاحد'],
  ['الإثنين', 'الاثنين', 'الأثنين'],
  ['الثلاثاء'],
  ['الأربعاء', 'الاربعاء'],
  ['الخميس'],
  ['الجمعة'],
];

const englishDays = ['Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

const dayOfArabic = new Map(arabicDays.flatMap((forms, day) => forms.map((form) => [form, day] as const)));
// A word in Arabic script, vowel marks and Quranic signs included, digits not.
const arabicWord = /[\u0621-\u065F\u0670-\u06D3\u06D5-\u06ED]+/g;
const englishDay = new RegExp(`\\b(${englishDays.join('|')})\\b`, 'g');

function dayOfBare(letters: string): number | undefined {
  if (letters.startsWith('لل')) return dayOfArabic.get(`ا${letters.slice(1)}`);
  if (letters.startsWith('بال')) return dayOfArabic.get(letters.slice(1));
  return dayOfArabic.get(letters);
}

/**
 * The day an Arabic word names, if any, with the particles Arabic writes onto it: و or ف
 * (والخميس), then ب (بالخميس), or ل, which swallows the article's alif (للخميس).
 */
export function weekdayOfArabicWord(word: string): number | undefined {
  const bare = bareLetters(word);
  if (bare.length < 5) return undefined;
  const day = dayOfBare(bare);
  return day === undefined && (bare[0] === 'و' || bare[0] === 'ف') ? dayOfBare(bare.slice(1)) : day;
}

/** Indices of the weekdays an Arabic text names, once per mention. */
export function arabicWeekdays(text: string): number[] {
  const days: number[] = [];
  for (const [word] of text.matchAll(arabicWord)) {
    const day = weekdayOfArabicWord(word);
    if (day !== undefined) days.push(day);
  }
  return days;
}

/** Indices of the weekdays an English text names (capitalised, as English writes them). */
export function englishWeekdays(text: string): number[] {
  // Every day's name ends in "day"; most paragraphs name none and need no regex.
  if (!text.includes('day')) return [];
  return [...text.matchAll(englishDay)].map((match) => englishDays.indexOf(match[1]!));
}
