import type { Lang } from '../../../../electron/contract';
import { offsetInParagraph, paragraphInfo, paragraphOf, paragraphRange } from './domText';

export interface TextHit {
  p: HTMLElement;
  lang: Lang;
  paragraph: number;
  /** Index of the character under the point, in the paragraph's text. */
  offset: number;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function covers(p: HTMLElement, from: number, to: number, x: number, y: number): boolean {
  const slack = 1;
  for (const rect of paragraphRange(p, from, to).getClientRects()) {
    if (
      x >= rect.left - slack &&
      x <= rect.right + slack &&
      y >= rect.top - slack &&
      y <= rect.bottom + slack
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The article character under a point, found the way the browser places a caret. The caret
 * lands on the nearest character boundary even past the end of a line, so the character either
 * side of it must really be under the point; otherwise there is no hit.
 */
export function textAtPoint(root: Element, x: number, y: number): TextHit | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const p = paragraphOf(caret.node);
  if (!p || !root.contains(p)) return null;
  const info = paragraphInfo(p);
  if (!info) return null;
  const length = (p.textContent ?? '').length;
  const boundary = offsetInParagraph(p, caret.node, caret.offset);
  // A lone vowel mark has no width of its own, so a two-character window is tried last.
  const windows: [number, number, number][] = [
    [boundary, boundary + 1, boundary],
    [boundary - 1, boundary, boundary - 1],
    [boundary - 1, boundary + 1, boundary - 1],
  ];
  for (const [from, to, offset] of windows) {
    if (from < 0 || to > length) continue;
    if (covers(p, from, to, x, y)) return { p, ...info, offset };
  }
  return null;
}
