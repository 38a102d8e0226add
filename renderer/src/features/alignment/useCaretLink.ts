import { type RefObject, useEffect, useRef } from 'react';
import { offsetInParagraph, paragraphInfo, paragraphOf } from '../annotations/domText';
import { type Announcement, announcementOf } from './announcement';
import { rowOfElement } from './sentenceHit';
import type { SentenceLinker } from './sentenceLinker';
import { sentenceAt } from './sentenceLinks';

/**
 * When the text caret comes to rest in a paragraph (a click, or caret browsing), the sentence
 * it is in becomes the cursor's: linked as on hover, and where Alt+ArrowDown goes on from.
 * A selection of several characters is left to the highlight tools.
 */
export function useCaretLink(
  rowsRef: RefObject<HTMLElement | null>,
  linker: SentenceLinker,
  announce: (announcement: Announcement | null) => void,
): void {
  const latestAnnounce = useRef(announce);
  latestAnnounce.current = announce;

  useEffect(() => {
    const root = rowsRef.current;
    if (!root) return;
    let live = true;
    let frame = 0;

    const update = async () => {
      frame = 0;
      const selection = document.getSelection();
      if (!selection?.isCollapsed || !selection.anchorNode) return;
      const p = paragraphOf(selection.anchorNode);
      if (!p || !root.contains(p)) return;
      const info = paragraphInfo(p);
      const row = rowOfElement(p);
      if (!info || row === null) return;
      const offset = offsetInParagraph(p, selection.anchorNode, selection.anchorOffset);
      const sentences = await linker.store.load(row);
      if (!sentences || !live) return;
      const index = sentenceAt(sentences, info.lang, info.paragraph, offset);
      if (index === null) return;
      const before = linker.cursor;
      const ref = { row, lang: info.lang, index };
      linker.setCursor(ref);
      if (linker.cursor !== before) latestAnnounce.current(announcementOf(linker.article, linker.store, ref));
    };

    // The caret moves many times a second while keys repeat: one look per frame.
    const onSelectionChange = () => {
      if (!frame) frame = requestAnimationFrame(() => void update());
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [rowsRef, linker]);
}
