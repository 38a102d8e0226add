import type { AnchoredNote, Article } from '../../../../electron/contract';
import { scrollRectTo } from '../bookmarks/rowScroll';
import { paragraphIndexAt, paragraphStarts } from './documentOffsets';
import { paragraphElement } from './domText';
import { afterNextFrame } from '../reader/frames';
import { flashRanges, rangesOfNote } from './highlightRegistry';
import { firstLineRect } from './popoverPlacement';

/**
 * Scrolls an annotation's passage into view, a third of the way down, and flashes it. The
 * paragraph is brought into view first: off-screen rows are not laid out (content-visibility),
 * so the passage's own position is only exact a frame later.
 */
export function jumpToNote(
  root: HTMLElement,
  article: Pick<Article, 'ar' | 'en'>,
  note: AnchoredNote,
): () => void {
  const lang = note.annotation.lang;
  const paragraph = paragraphIndexAt(paragraphStarts(article[lang]), note.start);
  const p = paragraphElement(root, lang, paragraph);
  if (!p) return () => {};
  scrollRectTo(p.getBoundingClientRect(), 0.3);
  return afterNextFrame(() => {
    const ranges = rangesOfNote(root, article, note);
    const rect = ranges[0] ? firstLineRect(ranges[0]) : null;
    scrollRectTo(rect ?? p.getBoundingClientRect(), 0.3);
    flashRanges(ranges);
  });
}
