import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import type { Bead } from '../../../../electron/contract';
import { stickyHeaderBottom } from '../../app/layout';
import { paragraphElement, paragraphInfo } from '../annotations/domText';
import { rowAt, topVisiblePosition } from '../reader/readingPosition';
import type { ParagraphPlace } from './alignmentMenu';

interface Held extends ParagraphPlace {
  top: number;
}

function inView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > stickyHeaderBottom() && rect.top < window.innerHeight;
}

/** The first paragraph of the row at the top of the view. */
function topParagraph(root: HTMLElement): HTMLElement | null {
  const position = topVisiblePosition(root);
  const row = position ? rowAt(root, position.row) : null;
  return row?.querySelector<HTMLElement>('p[lang][data-paragraph]') ?? null;
}

/**
 * Keeps the text the reader is looking at where it is on screen while the rows around it are
 * rebuilt (a correction joins, splits or moves them). `hold` notes where a paragraph is just
 * before the new rows are set; once they are in the DOM, the page scrolls by however far it moved.
 * Call it in a component above the rows, so its layout effect runs after theirs.
 */
export function useKeepInPlace(
  rowsRef: RefObject<HTMLElement | null>,
  alignment: readonly Bead[],
): (keep?: ParagraphPlace) => void {
  const held = useRef<Held | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the new rows are in the DOM
  useLayoutEffect(() => {
    const place = held.current;
    held.current = null;
    const root = rowsRef.current;
    if (!place || !root) return;
    const p = paragraphElement(root, place.lang, place.paragraph);
    if (!p) return;
    const moved = p.getBoundingClientRect().top - place.top;
    if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: 'instant' });
  }, [rowsRef, alignment]);

  return useCallback(
    (keep?: ParagraphPlace) => {
      const root = rowsRef.current;
      if (!root) return;
      const chosen = keep ? paragraphElement(root, keep.lang, keep.paragraph) : null;
      const p = chosen && inView(chosen) ? chosen : topParagraph(root);
      const info = p ? paragraphInfo(p) : null;
      held.current = p && info ? { ...info, top: p.getBoundingClientRect().top } : null;
    },
    [rowsRef],
  );
}
