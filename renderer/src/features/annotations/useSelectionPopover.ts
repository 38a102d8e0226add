import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../../electron/contract';
import { spanOfRange } from './domText';
import type { PopoverTarget } from './HighlightPopover';
import { noteAtPoint } from './usePairedHover';
import type { ReaderNotes } from './useReaderNotes';

/** Controls of the app itself, where a mouse-up is a press on them, not the end of a selection. */
const controls = '[data-notes-ui], .app-header, button, input, textarea, select, a[href]';

/**
 * Opens the highlight box when the reader finishes selecting article text (by mouse, or by
 * keyboard with Shift), or clicks on a highlight.
 */
export function useSelectionPopover(
  notes: ReaderNotes,
  starts: Record<Lang, number[]>,
): [PopoverTarget | null, (target: PopoverTarget | null) => void] {
  const [target, setTarget] = useState<PopoverTarget | null>(null);
  const { rowsRef, article, view } = notes;
  const state = useRef({ article, starts, anchored: view?.anchored ?? [] });
  state.current = { article, starts, anchored: view?.anchored ?? [] };

  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;

    /** True when a selection of article text was found (and the box opened for it). */
    const fromSelection = (): boolean => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return false;
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(root)) return false;
      const { article } = state.current;
      const span = spanOfRange(range, root, { ar: article.ar, en: article.en }, selection.anchorNode);
      if (span) setTarget({ kind: 'selection', span, range: range.cloneRange() });
      return true;
    };

    const onMouseUp = (event: MouseEvent) => {
      if (event.button !== 0) return;
      if (event.target instanceof Element && event.target.closest(controls)) return;
      if (fromSelection()) return;
      if (!(event.target instanceof Node) || !root.contains(event.target)) return;
      const { starts, anchored } = state.current;
      const found = noteAtPoint(root, starts, anchored, event.clientX, event.clientY);
      if (found) setTarget({ kind: 'annotation', annotationId: found.note.annotation.id });
    };

    const onKeyUp = (event: KeyboardEvent) => {
      if (event.shiftKey || event.key === 'Shift') {
        if (event.target instanceof Element && event.target.closest(controls)) return;
        fromSelection();
      }
    };

    document.addEventListener('mouseup', onMouseUp);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [rowsRef]);

  return [target, setTarget];
}
