import type { ReadingPosition } from '../../../../electron/contract';
import { stickyHeaderBottom } from '../../app/layout';
import { afterNextFrame } from './frames';

function rowsOf(container: HTMLElement): NodeListOf<HTMLElement> {
  return container.querySelectorAll<HTMLElement>('[data-row]');
}

/** The row at the top edge of the reading area and how far (0–1) it has scrolled past it. */
export function topVisiblePosition(container: HTMLElement): ReadingPosition | null {
  const rows = rowsOf(container);
  if (rows.length === 0) return null;
  const edge = stickyHeaderBottom();
  // Rows are in document order, so their tops increase: a binary search touches ~11 of 2,000.
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

function scrollRowTo(row: HTMLElement, offset: number): void {
  const rect = row.getBoundingClientRect();
  const top = window.scrollY + rect.top - stickyHeaderBottom() + offset * rect.height;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

/**
 * Scrolls back to a saved position, then calls `done`. Rows off screen are not rendered yet
 * (content-visibility), so the row is brought into view first and the offset applied in the
 * next frame, once its real height is known.
 */
export function restorePosition(
  container: HTMLElement,
  position: ReadingPosition | null,
  done: () => void,
): () => void {
  const rows = rowsOf(container);
  const row = position ? (rows[Math.min(position.row, rows.length - 1)] ?? null) : null;
  if (!position || !row) {
    window.scrollTo({ top: 0, behavior: 'instant' });
    done();
    return () => {};
  }
  scrollRowTo(row, 0);
  return afterNextFrame(() => {
    scrollRowTo(row, position.offset);
    done();
  });
}
