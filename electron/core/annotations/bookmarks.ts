import type { Article, Lang } from '../../contract';
import { AnchoringDocument, anchor } from './anchor';
import { documentText, paragraphIndexAt, paragraphStarts, rowOfParagraph } from './documentText';
import type { Bookmark } from './model';
import { describeRange, type TextQuoteSelector } from './selectors';

/** How much of a paragraph's opening is kept to recognise it: a sentence or so. */
const openingLength = 48;

type ArticleText = Pick<Article, 'ar' | 'en' | 'alignment'>;

export interface RowAnchor {
  row: number;
  lang: Lang;
  quote: TextQuoteSelector;
}

/** The paragraph that opens a row: the Arabic one when the row has Arabic, else the English. */
function openingParagraph(article: ArticleText, row: number): { lang: Lang; index: number } | null {
  const bead = article.alignment[row];
  if (!bead) return null;
  const index = bead.ar[0];
  if (index !== undefined) return { lang: 'ar', index };
  const en = bead.en[0];
  return en === undefined ? null : { lang: 'en', index: en };
}

/** What a bookmark on a row stores to find that row again; null for a row that does not exist. */
export function describeRow(article: ArticleText, row: number): RowAnchor | null {
  const opening = openingParagraph(article, row);
  if (!opening) return null;
  const paragraphs = article[opening.lang];
  const paragraph = paragraphs[opening.index];
  if (!paragraph || paragraph.text.length === 0) return null;
  const start = paragraphStarts(paragraphs)[opening.index]!;
  const text = documentText(paragraphs);
  const { quote } = describeRange(text, start, start + Math.min(openingLength, paragraph.text.length));
  return { row, lang: opening.lang, quote };
}

/**
 * The row a bookmark belongs to in the current article: the paragraph its quote now starts in,
 * and the row holding that paragraph. Null when the paragraph is gone (the bookmark is then
 * shown as orphaned, with its stored row as a hint, and kept).
 */
export function findBookmarkRow(
  article: ArticleText,
  bookmark: Pick<Bookmark, 'row' | 'lang' | 'quote'>,
): number | null {
  const paragraphs = article[bookmark.lang];
  const starts = paragraphStarts(paragraphs);
  const text = documentText(paragraphs);
  // Where the stored row's paragraph starts today is the best guess for where to look.
  const opening = openingParagraph(article, Math.min(bookmark.row, article.alignment.length - 1));
  const guess = opening && opening.lang === bookmark.lang ? starts[opening.index] : undefined;
  const found = anchor(new AnchoringDocument(text), {
    quote: bookmark.quote,
    ...(guess === undefined
      ? {}
      : {
          position: { type: 'TextPositionSelector', start: guess, end: guess + bookmark.quote.exact.length },
        }),
  });
  if (!found) return null;
  const row = rowOfParagraph(article.alignment, bookmark.lang, paragraphIndexAt(starts, found.start));
  return row === -1 ? null : row;
}
