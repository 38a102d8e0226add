/**
 * Marks that add characters to Arabic text without adding length a translator would carry
 * over: tashkeel (U+064B–U+065F), dagger alef (U+0670), Quranic annotation signs
 * (U+06D6–U+06ED) and tatweel (U+0640). Fully vowelled text would otherwise look twice as long
 * as the same words unvowelled, and one document can mix both.
 */
export function isSilentMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640
  );
}

/**
 * An Arabic word's letters alone, as a dictionary spells it: silent marks dropped, and the alif
 * wasla of vowelled text (ٱلأرض) written as the plain alif it stands for. Returns the word
 * itself when there is nothing to drop, as there usually is not.
 */
export function bareLetters(word: string): string {
  let plain = true;
  for (let k = 0; k < word.length && plain; k++) {
    const code = word.charCodeAt(k);
    if (isSilentMark(code) || code === 0x0671) plain = false;
  }
  if (plain) return word;
  let bare = '';
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code === 0x0671) bare += 'ا';
    else if (!isSilentMark(code)) bare += word[k];
  }
  return bare;
}

/** The characters String.prototype.trim() removes, tested by code without building strings. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The length of a text without the white space String.prototype.trimEnd() would remove. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The length the aligner compares: characters that are neither white space nor silent marks,
 * counted by code point. Spaces are left out because Arabic attaches many words (و، ب، ال)
 * that English writes apart, so counting spaces would add noise to the length ratio.
 */
export function alignmentLength(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    // The second half of a surrogate pair belongs to a character already counted.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (isSpace(code) || isSilentMark(code)) continue;
    count++;
  }
  return count;
}
