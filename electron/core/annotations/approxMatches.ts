import approxSearch, { type Match } from 'approx-string-match';

// The search looks each text character up in an array when its code is below 256 and in a Map
// otherwise, which makes Arabic text several times slower to search than Latin. Only equality
// with pattern characters matters to it, so renaming the pattern's characters 1…k and every
// other character 0 gives the same matches at the array's speed.
const renamed = new Uint16Array(0x10000);
const utf16 = new TextDecoder('utf-16le');

function rename(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = renamed[text.charCodeAt(i)]!;
  return utf16.decode(out);
}

/** Best approximate matches of `pattern` in `text` with at most `maxErrors` edits. */
export function approxMatches(text: string, pattern: string, maxErrors: number): Match[] {
  let distinct = 0;
  for (let i = 0; i < pattern.length && distinct < 256; i++) {
    const code = pattern.charCodeAt(i);
    if (renamed[code] === 0) renamed[code] = ++distinct;
  }
  try {
    // A pattern with more distinct characters than the fast table holds is searched as is.
    if (distinct >= 256) return approxSearch(text, pattern, maxErrors);
    return approxSearch(rename(text), rename(pattern), maxErrors);
  } finally {
    for (let i = 0; i < pattern.length; i++) renamed[pattern.charCodeAt(i)] = 0;
  }
}
