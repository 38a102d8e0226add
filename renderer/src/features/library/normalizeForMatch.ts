// Tashkeel (fathatan … sukun), superscript alef, Quranic marks, and tatweel.
const marks = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const alefs = /[\u0622\u0623\u0625\u0671]/g;

/**
 * Folds text for matching only, as the core's normaliser does: no vowel marks or tatweel,
 * one alef, ى as ي, and case folded for Latin. Display text is never altered.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .replace(marks, '')
    .replace(alefs, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .toLocaleLowerCase('en');
}
