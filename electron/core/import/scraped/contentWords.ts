import { dayNames, monthNames } from './dateVocabulary';
import { fold } from './fold';

/**
 * The content words of a line, lightly stemmed, for telling whether two lines speak of the same
 * thing: a headline shares words with the paragraph under it, a site name or a widget does not.
 * Matching only: the text a user reads is never altered.
 */

// Particles and pronouns every paragraph has; they say nothing about what it is about.
const functionWords = new Set(
  [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'مع',
    'أن',
    'إن',
    'التي',
    'الذي',
    'الذين',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'بعد',
    'قبل',
    'حتى',
    'كما',
    'أو',
    'ثم',
    'لا',
    'ما',
    'قد',
    'كل',
    'بين',
    'عند',
    'منذ',
    'خلال',
    'حول',
    'هو',
    'هي',
    'كان',
    'كانت',
    'غير',
    'لم',
    'لن',
    'أي',
    'أمام',
    'اليوم',
    'الآن',
  ].map(fold),
);

// Dates say when, not what: a date line shares them with any lead that gives its day.
const dateWords = new Set([...monthNames, ...dayNames].map((word) => stem(fold(word))));

/** Strips the conjunction, preposition and article an Arabic word may carry in front. */
function stem(word: string): string {
  let rest = word;
  if (/^[وف]/u.test(rest) && rest.length > 4) rest = rest.slice(1);
  if (/^(?:بال|كال|فال)/u.test(rest) && rest.length > 5) return rest.slice(3);
  if (/^لل/u.test(rest) && rest.length > 4) return rest.slice(2);
  if (/^ال/u.test(rest) && rest.length > 4) return rest.slice(2);
  if (/^[بلك]/u.test(rest) && rest.length > 4) return rest.slice(1);
  return rest;
}

/** Distinct stems of the line's content words: no numbers, dates or particles. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || /\p{N}/u.test(word) || functionWords.has(word)) continue;
    const stemmed = stem(word);
    if (stemmed.length >= 3 && !dateWords.has(stemmed)) words.add(stemmed);
  }
  return words;
}

/** How many content words two sets share. */
export function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}
