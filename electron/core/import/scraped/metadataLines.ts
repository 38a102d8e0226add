import { dateFillerWords, dayNames, monthNames } from './dateVocabulary';
import { fold, wordCount } from './fold';

/**
 * Recognises the lines that say who wrote a piece, when, and where it came from. A line counts
 * only when it is short and made of nothing else, so a body sentence that mentions a date or
 * starts with "كتب" stays in the body.
 */

const maxMetadataLength = 120;

// Matched on the text as written (labels rarely carry vowel marks), so the name keeps its spelling.
const bylineLabel =
  /^(?:بقلم|كتب|كتبت|كتبه|كتبها|الكاتب|الكاتب[ةه]|تحرير|[إا]عداد|تقرير|ترجم[ةه]|متابع[ةه]|حوار|مراسل|مراسل[ةه]|by|written by|reporting by|author)(?:\s*[:：\-–—]\s*|\s+)(.+)$/iu;
// What may follow a name on the same line: a place, a date, an agency.
const bylineTail = /\s*(?:[|،,\-–—/]|\s-\s).*$/u;
const sentenceEnd = /[.!?؟؛;]\s*$/u;

export interface BylineMatch {
  name: string;
  /** A date written on the same line ("كتبها أحمد فؤاد في 15 مارس 2009", "كتب: خالد - 23/07/2023"). */
  date?: string;
}

// "… في 15 مارس 2009" / "… on 5 May 2021" after the name.
const nameThenDate = /^(.+?)\s+(?:في|on)\s+(.+)$/u;

/** The name (and any date) from a byline line ("بقلم: سارة علي" → "سارة علي"), or undefined. */
export function matchByline(text: string): BylineMatch | undefined {
  if (text.length > maxMetadataLength) return undefined;
  const match = bylineLabel.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const rest = match[1]!;
  let name = rest.replace(bylineTail, '').trim();
  let date: string | undefined;
  const tail = rest.slice(name.length).replace(/^\s*(?:[|،,\-–—/])\s*/u, '');
  if (tail !== '') date = matchDate(tail);
  const split = nameThenDate.exec(name);
  const splitDate = split ? matchDate(split[2]!) : undefined;
  if (splitDate !== undefined) {
    name = split![1]!.trim();
    date ??= splitDate;
  } else {
    // "عمر الطيب 18/6/2023": a date run straight on after the name.
    const words = name.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const trailing = matchDate(words.slice(cut).join(' '));
      if (trailing === undefined) continue;
      name = words.slice(0, cut).join(' ');
      date ??= trailing;
      break;
    }
  }
  if (name === '' || wordCount(name) > 6 || sentenceEnd.test(name)) return undefined;
  return date !== undefined ? { name, date } : { name };
}

const dateNames = new Set([...monthNames, ...dayNames].map(fold));
const dateFillers = new Set(dateFillerWords.map(fold));
const multiWordDateNames = [...dateNames].filter((name) => name.includes(' '));
// Labels of more than one word ("آخر تحديث", "تم النشر") would never match a single token.
const multiWordDateFillers = [...dateFillers].filter((filler) => filler.includes(' '));
const dateLabel =
  /^(?:نشر في|تاريخ النشر|تم النشر|نشر بتاريخ|بتاريخ|[آا]خر تحديث|published(?: on)?|updated|posted(?: on)?|last updated)\s*[:：]?\s*/iu;
// "18h40" is the French-style clock time of Maghrebi pages.
const numericDate = /\d{1,4}(?:[/.\-:]\d{1,4}){1,2}(?:ه|م)?|\d{1,2}h\d{2}/gu;
const numberToken = /^\d{1,4}(?:ه|م)?$/u;
const tokenSplit = /[\s,،|:/\-–—()[\]·•.]+/u;

/**
 * True when a short line is only a date and/or time, with its labels ("نشر في", "آخر تحديث").
 * Multi-word month names ("كانون الثاني", "ربيع الأول") and labels are matched before splitting.
 */
export function matchDate(text: string): string | undefined {
  if (text.length > maxMetadataLength) return undefined;
  let folded = fold(text);
  let sawName = false;
  let sawNumber = false;
  let sawFullDate = false;
  for (const name of multiWordDateNames) {
    if (folded.includes(name)) {
      folded = folded.split(name).join(' ');
      sawName = true;
    }
  }
  for (const filler of multiWordDateFillers) {
    if (folded.includes(filler)) folded = folded.split(filler).join(' ');
  }
  // Numeric dates and clock times ("2020/08/20", "20-8-2020", "10:35") before splitting on their separators.
  folded = folded.replace(numericDate, () => {
    sawFullDate = true;
    return ' ';
  });
  let words = 0;
  let relative = false;
  for (const token of folded.split(tokenSplit)) {
    if (token === '') continue;
    words++;
    if (numberToken.test(token)) {
      sawNumber = true;
      if (/\d{4}/.test(token)) sawFullDate = true;
    } else if (dateNames.has(token)) sawName = true;
    else if (dateFillers.has(token)) relative ||= token === 'منذ' || token === 'ago';
    else return undefined;
  }
  // "الخميس" alone is a day label; a date needs a month name with a number, a year, or a time.
  if (!(sawFullDate || (sawName && sawNumber) || (relative && sawNumber))) return undefined;
  if (words === 0 && !sawFullDate) return undefined;
  return text.trim().replace(dateLabel, '').trim() || text.trim();
}

const sourceLabel = /^(?:المصدر|المصادر|مصدر الخبر|نقلا عن|نقلاً عن|source|sources|via)\s*[:：\-–]\s*(.+)$/iu;

/** The source named by a "المصدر: …" line, or undefined. */
export function matchSource(text: string): string | undefined {
  if (text.length > maxMetadataLength) return undefined;
  const match = sourceLabel.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const value = match[1]!.trim();
  return wordCount(value) <= 8 ? value : undefined;
}
