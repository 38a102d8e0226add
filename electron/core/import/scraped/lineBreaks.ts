import { fold } from './fold';
import { isSignatureRule } from './forum';

/**
 * Tells a paragraph's soft wraps from lines that were meant to stand apart. Plain text saved from
 * a web page often has blank lines between some blocks only: a headline, a byline and the first
 * paragraph, or two paragraphs with a "read also" line between them, sit on consecutive lines.
 * Text wrapped at a fixed width breaks a line only when the next word would not fit; a line that
 * ends a sentence, or one the next word would still have fitted on, was broken on purpose.
 */

// What a complete line ends with: a full stop, question, exclamation, colon, ellipsis, a closing
// quote or guillemet.
const sentenceFinal = /[.!?؟:…»"”]\s*$/u;

/** Display width, near enough: vowel marks and tatweel take no room on the line. */
function width(line: string): number {
  return fold(line).length;
}

function firstWordWidth(line: string): number {
  return width(line.trim().split(/\s+/u)[0] ?? '');
}

/** How the break after `line` came about, judged against the widest line of its block. */
function breakAfter(line: string, next: string, blockWidth: number): 'sentence' | 'wrap' | 'hard' {
  if (sentenceFinal.test(line)) return 'sentence';
  // Mid-sentence: a wrap when the next word would not have fitted, otherwise broken on purpose.
  return width(line) + 1 + firstWordWidth(next) > blockWidth ? 'wrap' : 'hard';
}

/**
 * The lines of one blank-line block, as the paragraphs they are. A hard-wrapped paragraph (most
 * mid-sentence breaks are wraps) stays one; a block of complete sentences, short lines and lines
 * broken on purpose has one paragraph per line.
 */
export function splitUnwrappedLines(lines: string[]): string[][] {
  // A forum signature stays with its rule: the clean-up reads the lines under it as one unit.
  if (lines.length < 2 || lines.some(isSignatureRule)) return [lines];
  // A loop, not Math.max(...): a block may have more lines than a call has room for arguments.
  let blockWidth = 0;
  for (const line of lines) blockWidth = Math.max(blockWidth, width(line));
  let wraps = 0;
  let hardBreaks = 0;
  for (let index = 0; index < lines.length - 1; index++) {
    const kind = breakAfter(lines[index]!, lines[index + 1]!, blockWidth);
    if (kind === 'wrap') wraps++;
    else if (kind === 'hard') hardBreaks++;
  }
  // The widest line always looks like a wrap, so one wrap among deliberate breaks is not enough.
  return wraps > 0 && wraps >= hardBreaks ? [lines] : lines.map((line) => [line]);
}
