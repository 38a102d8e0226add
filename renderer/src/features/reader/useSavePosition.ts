import { type RefObject, useLayoutEffect } from 'react';
import { call } from '../../api/muwazi';
import { topVisiblePosition } from './readingPosition';

const saveDelay = 400;

/**
 * Saves where the reader is, a moment after scrolling stops. Nothing is measured while the
 * page scrolls: the position is read once, when scrolling has settled, when the page is
 * hidden, or when the reader leaves the article. A layout effect's cleanup runs before React
 * takes the rows out of the DOM, so that last reading still finds them.
 */
export function useSavePosition(
  id: string,
  containerRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  useLayoutEffect(() => {
    if (!enabled) return;
    let lastSaved = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const container = containerRef.current;
      const position = container ? topVisiblePosition(container) : null;
      if (!position) return;
      const key = `${position.row}:${position.offset}`;
      if (key === lastSaved) return;
      lastSaved = key;
      void call('position:save', { id, position });
    };

    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, saveDelay);
    };

    const onPageHide = () => {
      if (timer !== undefined) save();
    };

    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
      if (timer !== undefined) save();
    };
  }, [id, containerRef, enabled]);
}
