import type { ReadingPosition } from '../../../../electron/contract';
import { stickyHeaderBottom } from '../../app/layout';

export function rowAt(container: ParentNode, index: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-row="${index}"]`);
}

/**
 * The row at the top edge of the reading area and how far (0–1) it has scrolled past it.
 * Row tops increase down the list, so a binary search measures ~11 rows of 2,000.
 */
export function topVisiblePosition(container: HTMLElement): ReadingPosition | null {
  const rows = container.querySelectorAll<HTMLElement>('[data-row]');
  if (rows.length === 0) return null;
  const edge = stickyHeaderBottom();
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
  const row = rows[found]!;
  const rect = row.getBoundingClientRect();
  const offset = rect.height > 0 ? Math.min(1, Math.max(0, (edge - rect.top) / rect.height)) : 0;
  return { row: Number(row.dataset.row ?? found), offset: Math.round(offset * 1000) / 1000 };
}

/**
 * Scrolls so that the saved row sits at the top edge of the reading area, scrolled past by its
 * saved share; to the top when there is no position. Returns where the window was scrolled to,
 * or null when the row is not rendered yet.
 */
export function scrollToPosition(container: HTMLElement, position: ReadingPosition | null): number | null {
  if (!position) {
    // Scrolling to (0, 0) is the one scroll that needs no layout: nothing is forced early.
    window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
    return 0;
  }
  const row = rowAt(container, position.row);
  if (!row) return null;
  const rect = row.getBoundingClientRect();
  const top = Math.max(0, window.scrollY + rect.top - stickyHeaderBottom() + position.offset * rect.height);
  window.scrollTo({ top, behavior: 'instant' });
  return window.scrollY;
}
