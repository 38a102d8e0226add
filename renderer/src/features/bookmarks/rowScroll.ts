import { stickyHeaderBottom } from '../../app/layout';
import { afterNextFrame } from '../reader/frames';

export function rowElement(container: ParentNode, row: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-row="${row}"]`);
}

/** Index of the row at the top edge of the reading area, or null when there are no rows. */
export function topRow(container: HTMLElement): number | null {
  const rows = container.querySelectorAll<HTMLElement>('[data-row]');
  if (rows.length === 0) return null;
  const edge = stickyHeaderBottom();
  // Rows are in document order, so their tops increase: a binary search reads a few of them.
  let low = 0;
  let high = rows.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.getBoundingClientRect().top <= edge + 1) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return Number(rows[found]!.dataset.row ?? found);
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
  const element = rowElement(container, row);
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
