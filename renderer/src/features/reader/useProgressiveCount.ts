import { type RefObject, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint, nextTask } from './frames';

/** Rows added by the first chunk, before anything is known of what a row costs here. */
const probeChunk = 8;
const smallestChunk = 2;
const largestChunk = 400;
/**
 * Main-thread time one chunk may take to render and lay out. The browser paints between
 * chunks when a frame is due, so a frame waits on one chunk at most and the page still
 * scrolls smoothly while the article fills in.
 */
const budgetMs = 20;

/**
 * How many rows to render now. The first commit holds `first` rows (the first screen). Once
 * that is painted, rows are added in chunks, one task each, sized from what earlier chunks
 * cost to render and lay out: rows here are laid out in full (no content-visibility), which
 * makes scrolling as cheap as on a plain page, and this spreads that work out so no frame
 * waits on much of it. `total` may grow (the rest of the article arrives).
 */
export function useProgressiveCount(
  containerRef: RefObject<HTMLElement | null>,
  total: number,
  first: number,
): number {
  const [count, setCount] = useState(() => Math.min(total, Math.max(1, first)));
  const pace = useRef({ painted: false, msPerRow: 0 });

  useEffect(() => {
    if (count >= total) return;
    const addChunk = () => {
      const { msPerRow } = pace.current;
      const wanted =
        msPerRow > 0
          ? Math.min(largestChunk, Math.max(smallestChunk, Math.floor(budgetMs / msPerRow)))
          : probeChunk;
      const added = Math.min(wanted, total - count);
      const started = performance.now();
      // Rendered, committed and laid out in this task, so the time it took is what they cost.
      flushSync(() => setCount(count + added));
      void containerRef.current?.offsetHeight;
      const perRow = (performance.now() - started) / added;
      pace.current.msPerRow = msPerRow > 0 ? (msPerRow + perRow) / 2 : perRow;
    };
    if (pace.current.painted) return nextTask(addChunk);
    // Nothing is added below the first screen before it has been painted.
    return afterPaint(() => {
      pace.current.painted = true;
      addChunk();
    });
  }, [containerRef, count, total]);

  return Math.min(count, total);
}
