import { type RefObject, useEffect } from 'react';
import { placeAtPoint } from './sentenceHit';
import type { SentenceLinker } from './sentenceLinker';
import { sentenceAt } from './sentenceLinks';

/**
 * While the pointer rests on a sentence, in either pane, it and the sentences read with it are
 * marked. Looked up once per animation frame at most; the row's sentences are asked for the
 * first time the pointer reaches it.
 */
export function useSentenceHover(rowsRef: RefObject<HTMLElement | null>, linker: SentenceLinker): void {
  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    let frame = 0;
    let point: { x: number; y: number } | null = null;

    const update = () => {
      frame = 0;
      if (!point) return;
      const place = placeAtPoint(root, point.x, point.y);
      if (!place) {
        linker.setHover(null);
        return;
      }
      const sentences = linker.store.get(place.row);
      if (!sentences) {
        linker.setHover(null);
        // Looked up again once they are here, if the pointer has not left meanwhile.
        void linker.store.load(place.row).then((loaded) => {
          if (loaded && point && !frame) frame = requestAnimationFrame(update);
        });
        return;
      }
      const index = sentenceAt(sentences, place.lang, place.paragraph, place.offset);
      linker.setHover(index === null ? null : { row: place.row, lang: place.lang, index });
    };

    const onMove = (event: MouseEvent) => {
      point = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onLeave = () => {
      point = null;
      cancelAnimationFrame(frame);
      frame = 0;
      linker.setHover(null);
    };

    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
      cancelAnimationFrame(frame);
      linker.setHover(null);
    };
  }, [rowsRef, linker]);
}
