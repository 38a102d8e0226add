/**
 * Folds text for recognising page furniture: scraped pages spell the same label many ways
 * (أيضاً / ايضا, صورة / صوره, Arabic-Indic or Western digits). Only used to match; the text a
 * user reads is never altered.
 */

// What each Arabic-block character (U+0600–U+06FF) folds to: 0 drops it (vowel marks, tatweel).
const arabicFold = new Uint16Array(256);
for (let code = 0; code < 256; code++) arabicFold[code] = 0x0600 + code;
for (let code = 0x4b; code <= 0x5f; code++) arabicFold[code] = 0;
for (let code = 0xd6; code <= 0xed; code++) arabicFold[code] = 0;
arabicFold[0x70] = 0;
arabicFold[0x40] = 0;
for (const alef of [0x22, 0x23, 0x25, 0x71]) arabicFold[alef] = 0x0627;
arabicFold[0x49] = 0x064a;
arabicFold[0xcc] = 0x064a;
arabicFold[0xa9] = 0x0643;
arabicFold[0x29] = 0x0647;
for (let digit = 0; digit < 10; digit++) {
  arabicFold[0x60 + digit] = 0x30 + digit;
  arabicFold[0xf0 + digit] = 0x30 + digit;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x202f ||
    code === 0x3000
  );
}

// Classifying a page asks about the same lines several times; folding each once is enough.
const memo = new Map<string, string>();
const memoLimit = 2048;
// Folding writes code units into one reused buffer: building the string piece by piece would
// leave a trail of intermediate strings for the garbage collector.
let buffer = new Uint16Array(512);

function foldUncached(text: string): string {
  if (buffer.length < text.length) buffer = new Uint16Array(text.length * 2);
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      pendingSpace = length > 0;
      continue;
    }
    if (code >= 0x0600 && code <= 0x06ff) code = arabicFold[code - 0x0600]!;
    else if (code >= 0x41 && code <= 0x5a) code += 32;
    if (code === 0) continue;
    if (pendingSpace) {
      buffer[length++] = 0x20;
      pendingSpace = false;
    }
    buffer[length++] = code;
  }
  let out = '';
  for (let start = 0; start < length; start += 4096) {
    out += String.fromCharCode.apply(
      null,
      buffer.subarray(start, Math.min(length, start + 4096)) as unknown as number[],
    );
  }
  return out;
}

/** Lower-case ASCII, no vowel marks or tatweel, one alef, ي for ى, ه for ة, Western digits, single spaces. */
export function fold(text: string): string {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const folded = foldUncached(text);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(text, folded);
  return folded;
}

/**
 * Builds a Unicode regex from a source written in ordinary Arabic spelling, folded the same way
 * as the text it will meet. Regex syntax is ASCII, so folding leaves it be; sources are written
 * in lower case, as folded text is, so no case-insensitive matching is needed.
 */
export function foldedRegex(source: string): RegExp {
  let folded = '';
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    const mapped =
      code >= 0x0600 && code <= 0x06ff && !(code >= 0x0660 && code <= 0x0669)
        ? arabicFold[code - 0x0600]!
        : code;
    if (mapped !== 0) folded += String.fromCharCode(mapped);
  }
  return new RegExp(folded, 'u');
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
