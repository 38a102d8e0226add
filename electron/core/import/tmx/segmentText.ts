/**
 * The text of a TMX <seg>. Inline elements that carry native markup codes (<bpt>, <ept>, <ph>,
 * <it>, <ut>) are dropped with their content — that content is the original file's formatting
 * code, not words. Elements that wrap words (<hi>, and <sub> wherever it is reached) keep their text.
 */
const codeElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

export function segmentText(seg: Element): string {
  let text = '';
  const stack: Node[] = [seg];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3 || node.nodeType === 4) {
      text += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (node !== seg && codeElements.has((node as Element).localName)) continue;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return text;
}

/**
 * A segment's paragraphs. Muwazi writes a row of several paragraphs as one segment with blank
 * lines between them, so reading it back gives the same row.
 */
export function segmentParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
