import type { Article, Bead, Lang, Segment } from '../../contract';

/**
 * The canonical text of one language side of an article: its paragraphs joined by a blank line.
 * Annotation positions are offsets into this string, so it must be built the same way
 * everywhere (core, renderer, exports).
 */
export const paragraphSeparator = '\n\n';

export function documentText(paragraphs: readonly Segment[]): string {
  return paragraphs.map((p) => p.text).join(paragraphSeparator);
}

/** Offset in the document text where each paragraph starts. */
export function paragraphStarts(paragraphs: readonly Segment[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.text.length + paragraphSeparator.length;
  }
  return starts;
}

/**
 * The paragraph an offset falls in. An offset on a separator belongs to the paragraph before
 * it, since that is where a selection ending at a line end was made.
 */
export function paragraphIndexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 0) return -1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Index of the row (bead) that holds a paragraph of the given language, or -1. */
export function rowOfParagraph(alignment: readonly Bead[], lang: Lang, paragraph: number): number {
  return alignment.findIndex((bead) => bead[lang].includes(paragraph));
}

/** Both language sides of an article as document texts, built once per re-anchoring. */
export function documentTexts(article: Pick<Article, 'ar' | 'en'>): Record<Lang, string> {
  return { ar: documentText(article.ar), en: documentText(article.en) };
}
