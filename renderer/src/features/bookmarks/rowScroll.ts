import { stickyHeaderBottom } from '../../app/layout';
import { afterNextFrame } from '../reader/frames';
import { rowAt, topVisiblePosition } from '../reader/readingPosition';

/** Index of the row at the top edge of the reading area, or null when there are no rows. */
export function topRow(container: HTMLElement): number | null {
  return topVisiblePosition(container)?.row ?? null;
}

/** Scrolls so a rectangle's top sits `share` of the way down the reading area. */
export function scrollRectTo(rect: DOMRect, share: number): void {
  const edge = stickyHeaderBottom();
  const room = Math.max(0, window.innerHeight - edge);
  const top = window.scrollY + rect.top - edge - room * share;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/**
 * Brings a row to the top of the reading area, then calls `done` with it. Rows off screen are
 * not laid out (content-visibility), so the scroll is repeated in the next frame, once the rows
 * around it have their real heights.
 */
export function scrollToRow(
  container: HTMLElement,
  row: number,
  done?: (element: HTMLElement) => void,
): () => void {
  const element = rowAt(container, row);
  if (!element) return () => {};
  const place = () => scrollRectTo(element.getBoundingClientRect(), 0);
  place();
  return afterNextFrame(() => {
    place();
    done?.(element);
  });
}

/** Marks a row for a moment after a jump, so the eye finds it. */
export function flashRow(element: HTMLElement): void {
  element.dataset.flash = 'true';
  setTimeout(() => {
    delete element.dataset.flash;
  }, 1600);
}
