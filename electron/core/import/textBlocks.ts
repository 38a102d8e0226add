import type { SourceBlock } from './scraped/cleanBlocks';
import { splitUnwrappedLines } from './scraped/lineBreaks';

/**
 * Splits plain text into blocks the way plain-text articles are read: blank lines separate
 * paragraphs; a text with no blank line at all (after its first line) has one paragraph per line.
 * Lines inside a paragraph are soft wraps and are joined with a space; a block whose lines are
 * not wraps (each ends a sentence, or is shorter than the next word would allow) has one
 * paragraph per line, as text saved from a web page often puts blank lines between some blocks
 * only.
 */
export function textBlocks(text: string): SourceBlock[] {
  const lines = (/[\r\u2028\u2029]/.test(text) ? text.replace(/\r\n?|\u2028|\u2029/g, '\n') : text).split(
    '\n',
  );
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return [];
  const rest = lines.slice(first + 1);
  const blankAfterFirst = rest.length > 0 && rest[0]!.trim() === '';
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
  while (rest.length > 0 && rest[rest.length - 1]!.trim() === '') rest.pop();
  const hasBlankLines = rest.some((line) => line.trim() === '');

  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    for (const paragraph of current.length > 0 ? splitUnwrappedLines(current) : []) {
      blocks.push({ text: paragraph.join(' '), lines: paragraph });
    }
    current = [];
  };
  // The first line always stands alone when the rest has no blank lines, as a title would.
  current.push(lines[first]!.trim());
  if (!hasBlankLines || blankAfterFirst) flush();
  for (const line of rest) {
    const trimmed = line.trim();
    if (trimmed === '') flush();
    else if (hasBlankLines) current.push(trimmed);
    else {
      current.push(trimmed);
      flush();
    }
  }
  flush();
  return blocks;
}
