import type { Lang } from '../../../../electron/contract';
import { textAtPoint } from '../annotations/hitTest';

/** A place in the article's text: the row, and a character offset in one of its paragraphs. */
export interface TextPlace {
  row: number;
  lang: Lang;
  paragraph: number;
  offset: number;
}

/** The row a paragraph element is read in. */
export function rowOfElement(element: Element): number | null {
  const row = element.closest<HTMLElement>('[data-row]');
  const index = row ? Number(row.dataset.row) : Number.NaN;
  return Number.isInteger(index) ? index : null;
}

/**
 * The text under a point, only when the point is really over a paragraph's characters (not
 * the margin beside a short line). Null where the browser cannot tell (no caret-from-point API).
 */
export function placeAtPoint(root: HTMLElement, x: number, y: number): TextPlace | null {
  const hit = textAtPoint(root, x, y);
  if (!hit) return null;
  const row = rowOfElement(hit.p);
  return row === null ? null : { row, lang: hit.lang, paragraph: hit.paragraph, offset: hit.offset };
}
