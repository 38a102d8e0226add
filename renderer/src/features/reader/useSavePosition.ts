import { type RefObject, useEffect } from 'react';
import type { ReadingPosition } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { topVisiblePosition } from './readingPosition';

const saveDelay = 400;

/**
 * Saves where the reader is, a moment after scrolling stops. The position is measured while
 * scrolling (the rows are gone by the time the view unmounts), and a pending save is sent
 * when the reader leaves the article or the page.
 */
export function useSavePosition(
  id: string,
  containerRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled) return;
    let latest: ReadingPosition | null = null;
    let lastSaved = '';
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!latest) return;
      const key = `${latest.row}:${latest.offset}`;
      if (key === lastSaved) return;
      lastSaved = key;
      void call('position:save', { id, position: latest });
    };

    const measure = () => {
      frame = 0;
      const container = containerRef.current;
      if (container) latest = topVisiblePosition(container);
    };

    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (frame) {
          cancelAnimationFrame(frame);
          measure();
        }
        save();
      }, saveDelay);
    };

    const onPageHide = () => {
      if (timer !== undefined) save();
    };

    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onPageHide);
      cancelAnimationFrame(frame);
      if (timer !== undefined) save();
    };
  }, [id, containerRef, enabled]);
}
