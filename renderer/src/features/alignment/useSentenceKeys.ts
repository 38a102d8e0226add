import { type RefObject, useEffect, useRef } from 'react';
import type { Lang } from '../../../../electron/contract';
import { isTextField } from '../annotations/keys';
import { topRow } from '../bookmarks/rowScroll';
import { type Announcement, announcementOf } from './announcement';
import { overlayOpen } from './overlays';
import { revealRange } from './revealRange';
import { type CursorMove, cursorStart, cursorStep, cursorSwitch, sentenceKey } from './sentenceCursor';
import type { SentenceLinker } from './sentenceLinker';
import type { SentenceRef } from './sentenceLinks';

/**
 * Sentence linking from the keyboard: Alt+ArrowDown and Alt+ArrowUp move a sentence cursor
 * (from the first sentence of the row at the top of the view), Alt+/ takes it to the other
 * language's pane, Escape clears it. Keys are left alone while the reader types or while a menu
 * or dialog is open. Each move is announced.
 */
export function useSentenceKeys(
  rowsRef: RefObject<HTMLElement | null>,
  linker: SentenceLinker,
  announce: (announcement: Announcement | null) => void,
): void {
  // The pane the cursor was last in, kept across corrections of the rows.
  const pane = useRef<Lang>('ar');
  const latestAnnounce = useRef(announce);
  latestAnnounce.current = announce;

  useEffect(() => {
    let live = true;
    // Moves wait on sentences from the core; they run one after the other, in key order.
    let queue = Promise.resolve();

    const move = async (action: CursorMove) => {
      const root = rowsRef.current;
      if (!root || !live) return;
      const { store } = linker;
      const cursor = linker.cursor;
      let target: SentenceRef | null;
      if (!cursor) {
        const row = topRow(root);
        target = row === null ? null : await cursorStart(store, row, pane.current);
      } else if (action === 'switch') {
        target = await cursorSwitch(store, cursor);
        if (!target && live) latestAnnounce.current({ kind: 'message', key: 'noOtherPane' });
      } else {
        target = await cursorStep(store, cursor, action === 'next' ? 1 : -1);
      }
      if (!target || !live) return;
      pane.current = target.lang;
      linker.setCursor(target);
      const [first] = linker.cursorRanges();
      if (first) revealRange(first);
      latestAnnounce.current(announcementOf(linker.article, store, target));
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target) || overlayOpen()) return;
      const action = sentenceKey(event);
      if (!action) return;
      if (action === 'clear') {
        if (!linker.cursor) return;
        event.preventDefault();
        linker.setCursor(null);
        latestAnnounce.current(null);
        return;
      }
      event.preventDefault();
      queue = queue.then(() => move(action)).catch(() => {});
    };

    window.addEventListener('keydown', onKeyDown);
    return () => {
      live = false;
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [rowsRef, linker]);
}
