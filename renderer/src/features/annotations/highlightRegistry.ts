import type { Article, AnchoredNote, HighlightColor } from '../../../../electron/contract';
import { flashHighlightName, highlightColors, highlightName, hoverHighlightName } from './colors';
import { rangesOfSpan } from './domText';

/*
 * Highlights are drawn with the CSS Custom Highlight API: ranges registered by name and styled
 * with ::highlight(). Wrapping words in elements would break Arabic letter joining, and would
 * split the paragraph's text node that every offset counts through.
 */

export function highlightsSupported(): boolean {
  return typeof Highlight !== 'undefined' && typeof CSS !== 'undefined' && CSS.highlights !== undefined;
}

/** The highlight registered under `name`, registered now (with `priority`) if it was not yet. */
export function registeredHighlight(name: string, priority = 0): Highlight {
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** The DOM ranges of one anchored annotation, for the paragraphs now in the DOM. */
export function rangesOfNote(
  root: ParentNode,
  article: Pick<Article, 'ar' | 'en'>,
  note: AnchoredNote,
): Range[] {
  const lang = note.annotation.lang;
  return rangesOfSpan(root, article[lang], { lang, start: note.start, end: note.end });
}

/** Draws every anchored annotation in its colour, replacing what was drawn before. */
export function paintHighlights(
  root: ParentNode,
  article: Pick<Article, 'ar' | 'en'>,
  anchored: readonly AnchoredNote[],
): void {
  if (!highlightsSupported()) return;
  const byColor = new Map<HighlightColor, Range[]>();
  for (const note of anchored) {
    const ranges = rangesOfNote(root, article, note);
    const list = byColor.get(note.annotation.body.color);
    if (list) list.push(...ranges);
    else byColor.set(note.annotation.body.color, ranges);
  }
  for (const color of highlightColors) {
    const highlight = registeredHighlight(highlightName(color));
    highlight.clear();
    for (const range of byColor.get(color) ?? []) highlight.add(range);
  }
}

export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const color of highlightColors) CSS.highlights.delete(highlightName(color));
  CSS.highlights.delete(flashHighlightName);
  CSS.highlights.delete(hoverHighlightName);
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Marks ranges for a moment, so the eye finds the passage a jump landed on. */
export function flashRanges(ranges: readonly Range[], duration = 1600): void {
  if (!highlightsSupported()) return;
  const highlight = registeredHighlight(flashHighlightName, 2);
  highlight.clear();
  for (const range of ranges) highlight.add(range);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => highlight.clear(), duration);
}

export function setHoverRanges(ranges: readonly Range[]): void {
  if (!highlightsSupported()) return;
  const highlight = registeredHighlight(hoverHighlightName, 1);
  highlight.clear();
  for (const range of ranges) highlight.add(range);
}
