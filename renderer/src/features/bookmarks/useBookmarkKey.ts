import { useEffect, useRef } from 'react';
import { isTextField } from '../annotations/keys';
import type { ReaderNotes } from '../annotations/useReaderNotes';

/**
 * B bookmarks the row at the top of the view. Matched by the physical key, so it works the same
 * with an Arabic keyboard layout, and never while the reader is typing.
 */
export function useBookmarkKey(notes: ReaderNotes): void {
  const ask = useRef(notes.askBookmark);
  ask.current = notes.askBookmark;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyB' || event.repeat || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      ask.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
