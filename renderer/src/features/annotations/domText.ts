import type { Lang, Segment } from '../../../../electron/contract';
import { type ParagraphPoint, spanBetween, spanPieces, type TextSpan } from './documentOffsets';

/*
 * Between DOM positions and document-text offsets. Each article paragraph is a
 * `<p lang data-paragraph>` whose text is the paragraph's text, unwrapped, so a character offset
 * inside it is a count of characters from its start.
 */

const paragraphSelector = 'p[lang][data-paragraph]';

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'ar' || value === 'en';
}

/** The article paragraph a node sits in, or null. */
export function paragraphOf(node: Node | null): HTMLElement | null {
  if (!node) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest<HTMLElement>(paragraphSelector) ?? null;
}

export function paragraphElement(root: ParentNode, lang: Lang, paragraph: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`p[lang="${lang}"][data-paragraph="${paragraph}"]`);
}

export function paragraphInfo(p: HTMLElement): { lang: Lang; paragraph: number } | null {
  const lang = p.getAttribute('lang');
  const paragraph = Number(p.dataset.paragraph);
  return isLang(lang) && Number.isInteger(paragraph) ? { lang, paragraph } : null;
}

/** Characters from the start of a paragraph to a DOM boundary point inside it. */
export function offsetInParagraph(p: HTMLElement, node: Node, offset: number): number {
  const range = p.ownerDocument.createRange();
  range.selectNodeContents(p);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM boundary point at a character offset of a paragraph (its text may span text nodes). */
export function pointInParagraph(p: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (left <= node.data.length) return { node, offset: left };
    left -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: p, offset: p.childNodes.length };
}

/** A DOM Range over characters [from, to) of a paragraph. */
export function paragraphRange(p: HTMLElement, from: number, to: number): Range {
  const range = p.ownerDocument.createRange();
  const start = pointInParagraph(p, from);
  const end = pointInParagraph(p, to);
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Paragraphs of one language that a range touches, in document order. */
function paragraphsInRange(range: Range, root: Element, lang: Lang): HTMLElement[] {
  const rowOf = (node: Node) => paragraphOf(node)?.closest('[data-row]') ?? null;
  const firstRow = rowOf(range.startContainer);
  const lastRow = rowOf(range.endContainer);
  const candidates: HTMLElement[] = [];
  if (firstRow && lastRow && root.contains(firstRow)) {
    // Only the rows between the two ends, not every paragraph of a long article.
    for (let row: Element | null = firstRow; row; row = row.nextElementSibling) {
      candidates.push(...row.querySelectorAll<HTMLElement>(`p[lang="${lang}"][data-paragraph]`));
      if (row === lastRow) break;
    }
  } else {
    candidates.push(...root.querySelectorAll<HTMLElement>(`p[lang="${lang}"][data-paragraph]`));
  }
  return candidates.filter((p) => range.intersectsNode(p));
}

/**
 * The document-text span a DOM range covers, in one language: the language of the paragraph
 * the selection started in (its anchor), so a drag that wanders into the other language is
 * clipped to the text of the first. Null when the range holds no article text.
 */
export function spanOfRange(
  range: Range,
  root: Element,
  paragraphs: Record<Lang, readonly Segment[]>,
  anchor: Node | null = range.startContainer,
): TextSpan | null {
  const anchorParagraph = paragraphOf(anchor) ?? paragraphOf(range.startContainer);
  let lang =
    anchorParagraph && root.contains(anchorParagraph) ? paragraphInfo(anchorParagraph)?.lang : undefined;
  if (!lang) {
    const first = [...root.querySelectorAll<HTMLElement>(paragraphSelector)].find((p) =>
      range.intersectsNode(p),
    );
    lang = first ? paragraphInfo(first)?.lang : undefined;
  }
  if (!lang) return null;
  const touched = paragraphsInRange(range, root, lang);
  const first = touched[0];
  const last = touched[touched.length - 1];
  if (!first || !last) return null;
  const firstInfo = paragraphInfo(first);
  const lastInfo = paragraphInfo(last);
  if (!firstInfo || !lastInfo) return null;
  const from: ParagraphPoint = {
    paragraph: firstInfo.paragraph,
    offset: first.contains(range.startContainer)
      ? offsetInParagraph(first, range.startContainer, range.startOffset)
      : 0,
  };
  const to: ParagraphPoint = {
    paragraph: lastInfo.paragraph,
    offset: last.contains(range.endContainer)
      ? offsetInParagraph(last, range.endContainer, range.endOffset)
      : (last.textContent ?? '').length,
  };
  return spanBetween(paragraphs[lang], lang, from, to);
}

/** DOM ranges for a document-text span: one per paragraph it touches that is in the DOM now. */
export function rangesOfSpan(root: ParentNode, paragraphs: readonly Segment[], span: TextSpan): Range[] {
  const ranges: Range[] = [];
  for (const piece of spanPieces(paragraphs, span.start, span.end)) {
    const p = paragraphElement(root, span.lang, piece.paragraph);
    if (!p) continue;
    // A paragraph whose text is not the article's (still loading, say) would take wrong offsets.
    if ((p.textContent ?? '').length !== paragraphs[piece.paragraph]!.text.length) continue;
    ranges.push(paragraphRange(p, piece.from, piece.to));
  }
  return ranges;
}
