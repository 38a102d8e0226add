import type { Article } from '../../../../electron/contract';
import { paragraphElement, paragraphRange } from '../annotations/domText';
import { highlightsSupported, registeredHighlight } from '../annotations/highlightRegistry';
import type { LinkedSpan } from './sentenceLinks';

/*
 * Linked sentences are drawn with the CSS Custom Highlight API, like highlights and search
 * hits: nothing is wrapped around the words, so Arabic letters keep joining and the paragraph
 * keeps the one text node every offset counts through.
 */

/** The sentence pointed at (or under the cursor) and the sentences read with it. */
export const sentenceLinkName = 'muwazi-sentence';
/** The keyboard cursor's own sentence, marked a little more so the eye finds where it is. */
export const sentenceCursorName = 'muwazi-sentence-cursor';

// Under the reader's own highlight colours, which stay what they are over a linked sentence.
const linkPriority = -1;

/** DOM ranges for sentences whose paragraphs are in the DOM, each with whether it is the own one. */
export function rangesOfSpans(
  root: ParentNode,
  article: Pick<Article, 'ar' | 'en'>,
  spans: readonly LinkedSpan[],
): { range: Range; own: boolean }[] {
  const ranges: { range: Range; own: boolean }[] = [];
  for (const { lang, span, own } of spans) {
    const p = paragraphElement(root, lang, span.paragraph);
    const text = article[lang][span.paragraph]?.text;
    // A paragraph whose text is not the article's would take the offsets wrongly.
    if (!p || text === undefined || (p.textContent ?? '').length !== text.length) continue;
    if (span.end > text.length || span.start >= span.end) continue;
    ranges.push({ range: paragraphRange(p, span.start, span.end), own });
  }
  return ranges;
}

/** Draws one link, replacing the one drawn before; `cursor` also marks the own sentence. */
export function paintSentenceLink(ranges: readonly { range: Range; own: boolean }[], cursor: boolean): void {
  if (!highlightsSupported()) return;
  const link = registeredHighlight(sentenceLinkName, linkPriority);
  const own = registeredHighlight(sentenceCursorName, linkPriority);
  link.clear();
  own.clear();
  for (const item of ranges) {
    link.add(item.range);
    if (cursor && item.own) own.add(item.range);
  }
}

export function clearSentenceLink(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(sentenceLinkName);
  CSS.highlights.delete(sentenceCursorName);
}
