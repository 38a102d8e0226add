/** The shape of a plain-text article: its title line and its paragraphs, text untouched. */
export interface ParsedText {
  title: string;
  paragraphs: string[];
}

/**
 * First non-empty line = title. Paragraphs are separated by blank lines; a file with no blank
 * line at all uses one paragraph per line. Lines inside a paragraph are soft wraps and are
 * joined with a space.
 */
export function parsePlainText(text: string, options: { markdown?: boolean } = {}): ParsedText {
  const lines = text.replace(/\r\n?|\u2028|\u2029/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex === -1) return { title: '', paragraphs: [] };

  const rawTitle = lines[titleIndex]!.trim();
  const title = options.markdown ? rawTitle.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '') : rawTitle;

  const rest = lines.slice(titleIndex + 1);
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
  while (rest.length > 0 && rest[rest.length - 1]!.trim() === '') rest.pop();
  const hasBlankLines = rest.some((line) => line.trim() === '');

  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  for (const line of rest) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
    } else if (hasBlankLines) {
      current.push(options.markdown ? trimmed.replace(/^#{1,6}\s+/, '') : trimmed);
    } else {
      current.push(trimmed);
      flush();
    }
  }
  flush();
  return { title, paragraphs };
}
