import { formatForName } from './fileFormat';

/**
 * Web pages and translation memories are parsed with the DOM libraries: those take most of a
 * second to load, and these are the formats a hostile file can make slow to parse, so they are
 * read in a worker thread with a time limit.
 */
export function parsedWithDom(fileName: string | undefined): boolean {
  const format = fileName === undefined ? undefined : formatForName(fileName);
  return format === 'html' || format === 'tmx';
}
