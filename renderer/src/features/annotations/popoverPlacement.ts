import type { CSSProperties } from 'react';
import { stickyHeaderBottom } from '../../app/layout';

const gap = 10;
const margin = 8;

/**
 * Where a floating box goes beside a passage: above it when there is room below the header,
 * otherwise below, centred on it and kept inside the window. Returned in logical properties,
 * so the same numbers work in a right-to-left page.
 */
export function placeBeside(anchor: DOMRect, box: { width: number; height: number }): CSSProperties {
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;
  const headerBottom = stickyHeaderBottom();
  let top = anchor.top - box.height - gap;
  if (top < headerBottom + margin) top = anchor.bottom + gap;
  top = Math.max(headerBottom + margin, Math.min(top, viewportHeight - box.height - margin));
  let left = anchor.left + anchor.width / 2 - box.width / 2;
  left = Math.max(margin, Math.min(left, viewportWidth - box.width - margin));
  const inlineStart = document.documentElement.dir === 'rtl' ? viewportWidth - left - box.width : left;
  return { insetBlockStart: `${Math.round(top)}px`, insetInlineStart: `${Math.round(inlineStart)}px` };
}

/** The rectangle of a range's first line, which is where a reader's eye started. */
export function firstLineRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  const first = [...rects].find((rect) => rect.width > 0 || rect.height > 0);
  return first ?? range.getBoundingClientRect();
}
