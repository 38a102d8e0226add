import { stickyHeaderBottom } from '../../app/layout';
import { scrollRectTo } from '../bookmarks/rowScroll';

/** Room kept between a revealed sentence and the edges of the reading area. */
const marginPx = 32;

/** Scrolls a passage into the reading area when it is not already in it, a quarter of the way down. */
export function revealRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  const top = stickyHeaderBottom() + marginPx;
  const bottom = window.innerHeight - marginPx;
  if (rect.top >= top && rect.bottom <= bottom) return;
  scrollRectTo(rect, 0.25);
}
