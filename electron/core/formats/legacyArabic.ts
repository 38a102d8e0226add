/**
 * Reads Arabic text saved in the single-byte code pages that predate UTF-8: Windows-1256 (by far
 * the most common in old files) and ISO-8859-6. Neither has a signature, so each candidate is
 * decoded and scored by how much of what comes out is plausible Arabic text.
 */

export type LegacyArabicEncoding = 'windows-1256' | 'iso-8859-6';

const candidates: LegacyArabicEncoding[] = ['windows-1256', 'iso-8859-6'];

export interface LegacyDecoded {
  text: string;
  encoding: LegacyArabicEncoding;
  /** Share (0–1) of non-ASCII characters that are Arabic letters, marks, digits or punctuation. */
  score: number;
}

const arabicChar = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;
const arabicLetter = /\p{Script=Arabic}/u;
// Typographic characters both code pages carry and Arabic text uses (quotes, dashes, NBSP…).
const neutralChar = /[\u00a0\u00ab\u00bb\u00b0\u00d7\u00f7\u2013\u2014\u2018-\u201e\u2026\u200c-\u200f]/u;
const latinLetter = /\p{Script=Latin}/u;

/**
 * Scores one decoding. Latin letters glued to Arabic letters inside one word are what a wrong
 * code page produces (ISO-8859-6 bytes read as Windows-1256 turn ه و ي into ç è ê), so they
 * count against the candidate twice.
 */
function scoreDecoding(text: string): number {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  let previous = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      previous = char;
      continue;
    }
    nonAscii++;
    if (arabicChar.test(char)) {
      good++;
      if (latinLetter.test(previous)) bad += 2;
    } else if (neutralChar.test(char)) {
      good += 0.5;
    } else {
      bad++;
      if (latinLetter.test(char) && arabicLetter.test(previous)) bad += 2;
    }
    previous = char;
  }
  if (nonAscii === 0) return 0;
  return Math.max(0, (good - bad) / nonAscii);
}

function decodeAs(encoding: LegacyArabicEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // ISO-8859-6 leaves many bytes unassigned; a file using them is not in that code page.
    return undefined;
  }
}

/** Below this share the text is more likely another code page than Arabic: refuse, do not guess. */
const minimumScore = 0.6;

/**
 * The best-scoring legacy Arabic decoding, or undefined when none is plausible. Ties go to
 * Windows-1256, the code page most old Arabic files use.
 */
export function decodeLegacyArabic(bytes: Uint8Array): LegacyDecoded | undefined {
  let best: LegacyDecoded | undefined;
  for (const encoding of candidates) {
    const text = decodeAs(encoding, bytes);
    if (text === undefined) continue;
    const score = scoreDecoding(text);
    if (!best || score > best.score) best = { text, encoding, score };
  }
  return best && best.score >= minimumScore ? best : undefined;
}
