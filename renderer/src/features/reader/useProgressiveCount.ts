import { useEffect, useState } from 'react';
import { afterPaint } from './frames';

/** Enough rows to fill a tall screen, so the first paint already looks complete. */
export const firstChunk = 40;
const largestChunk = 500;

/**
 * How many rows to render now. The first commit holds only the first screenful; once that
 * is painted, each following frame adds a chunk as large as the rows so far, so a 2,000-row
 * article is complete within a few frames without one long block of main-thread work.
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(() => Math.min(total, firstChunk));
  useEffect(() => {
    if (count >= total) return;
    return afterPaint(() =>
      setCount((current) => Math.min(total, current + Math.min(largestChunk, Math.max(firstChunk, current)))),
    );
  }, [count, total]);
  return Math.min(count, total);
}
