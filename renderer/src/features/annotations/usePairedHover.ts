import { useEffect, useRef } from 'react';
import type { AnchoredNote, Lang } from '../../../../electron/contract';
import { notesAt } from './documentOffsets';
import { rangesOfNote, setHoverRanges } from './highlightRegistry';
import { textAtPoint } from './hitTest';
import type { ReaderNotes } from './useReaderNotes';

const otherLang: Record<Lang, Lang> = { ar: 'en', en: 'ar' };

/** The annotation under a point of the rows, if any. */
export function noteAtPoint(
  root: HTMLElement,
  starts: Record<Lang, number[]>,
  anchored: readonly AnchoredNote[],
  x: number,
  y: number,
): { note: AnchoredNote; p: HTMLElement } | null {
  const hit = textAtPoint(root, x, y);
  if (!hit) return null;
  const base = starts[hit.lang][hit.paragraph];
  if (base === undefined) return null;
  const [note] = notesAt(anchored, hit.lang, base + hit.offset);
  return note ? { note, p: hit.p } : null;
}

/**
 * While the pointer is over a highlight, the passage beside it in the other language is marked
 * (the paired cell of the same row), so the reader sees what the highlighted words translate.
 */
export function usePairedHover(notes: ReaderNotes, starts: Record<Lang, number[]>): void {
  const { rowsRef, article, view } = notes;
  const state = useRef({ article, starts, anchored: view?.anchored ?? [] });
  state.current = { article, starts, anchored: view?.anchored ?? [] };

  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    let frame = 0;
    let point = { x: 0, y: 0 };
    let current: { id: string; cell: HTMLElement | null } | null = null;

    const clear = () => {
      if (!current) return;
      current.cell?.removeAttribute('data-paired');
      root.removeAttribute('data-over-highlight');
      setHoverRanges([]);
      current = null;
    };

    const update = () => {
      frame = 0;
      const found = noteAtPoint(root, state.current.starts, state.current.anchored, point.x, point.y);
      if (found?.note.annotation.id === current?.id) return;
      clear();
      if (!found) return;
      const other = otherLang[found.note.annotation.lang];
      const cell = found.p.closest('[data-row]')?.querySelector<HTMLElement>(`.cell-${other}`) ?? null;
      cell?.setAttribute('data-paired', 'true');
      root.setAttribute('data-over-highlight', 'true');
      setHoverRanges(rangesOfNote(root, state.current.article, found.note));
      current = { id: found.note.annotation.id, cell };
    };

    const onMove = (event: MouseEvent) => {
      point = { x: event.clientX, y: event.clientY };
      if (!frame) frame = requestAnimationFrame(update);
    };
    const onLeave = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      clear();
    };

    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
      cancelAnimationFrame(frame);
      clear();
    };
  }, [rowsRef]);
}
