import { type RefObject, useEffect, useRef, useState } from 'react';
import type { ReadingPosition } from '../../../../electron/contract';
import { afterPaint } from './frames';
import { restorePosition } from './readingPosition';

/**
 * Emits the performance marks the benchmark reads and reports when the reader is ready:
 * every row in the DOM and the saved reading position restored.
 */
export function useRowsReady(
  containerRef: RefObject<HTMLElement | null>,
  count: number,
  total: number,
  position: ReadingPosition | null,
): boolean {
  const [ready, setReady] = useState(false);
  const marked = useRef({ painted: false, laidOut: false });
  const hasRows = count > 0;

  useEffect(() => {
    if (!hasRows || marked.current.painted) return;
    return afterPaint(() => {
      marked.current.painted = true;
      performance.mark('muwazi:first-row-painted');
    });
  }, [hasRows]);

  const complete = count >= total;
  useEffect(() => {
    const container = containerRef.current;
    if (!complete || !container) return;
    if (!marked.current.laidOut) {
      // Reading a layout property forces the layout of every row now in the DOM.
      void container.offsetHeight;
      marked.current.laidOut = true;
      performance.mark('muwazi:rows-laid-out');
    }
    return restorePosition(container, position, () => setReady(true));
  }, [complete, containerRef, position]);

  return ready;
}
