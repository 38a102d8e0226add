import { memo, type RefObject, useEffect, useMemo, useState } from 'react';
import type { Article, ReadingPosition } from '../../../../electron/contract';
import { useSettings } from '../settings/settingsContext';
import { columnWidth, estimateRowsHeight, rowsToFill } from './rowHeights';
import { RowGrid } from './RowGrid';
import { useProgressiveCount } from './useProgressiveCount';
import { useRowsReady } from './useRowsReady';

/** How much of the view the first commit fills, as a share of the window's height. */
const firstScreenShare = 1.5;

interface ArticleRowsProps {
  rowsRef: RefObject<HTMLDivElement | null>;
  /** The whole article, or its first rows while the rest is on its way. */
  article: Article;
  complete: boolean;
  /** How many rows the whole article has. */
  totalRows: number;
  /** Where to open, its row within the article; null for the top. */
  start: ReadingPosition | null;
  /** Called once every row is in and the view is at `start`. */
  onReady: () => void;
}

/**
 * The article's rows, added a chunk at a time. The count lives here rather than in the
 * reader, so each chunk re-renders the rows alone, not the toolbars around them.
 */
export const ArticleRows = memo(function ArticleRows({
  rowsRef,
  article,
  complete,
  totalRows,
  start,
  onReady,
}: ArticleRowsProps) {
  const { settings } = useSettings();
  const total = article.alignment.length;
  // The first commit renders the rows up to the saved place and a screenful below it, and no
  // more: rows cost their layout whether on screen or not.
  const [first] = useState(() => {
    const metrics = { columnPx: columnWidth(window.innerWidth), text: settings.text };
    return rowsToFill(article, metrics, window.innerHeight * firstScreenShare, start?.row ?? 0);
  });
  const count = useProgressiveCount(rowsRef, total, first);
  const ready = useRowsReady(rowsRef, { count, total, complete, position: start });
  useEffect(() => {
    if (ready) onReady();
  }, [ready, onReady]);

  // While rows are still being added, the page is given about the height it will have, from
  // the text's length: added below the fold, rows then change nothing on screen, so the
  // frames between chunks have next to nothing to paint or update, and the scroll bar does
  // not shrink as the article fills in.
  const filling = !complete || count < total;
  const reserve = useMemo(() => {
    if (total === 0) return 0;
    const known = estimateRowsHeight(article, {
      columnPx: columnWidth(window.innerWidth),
      text: settings.text,
    });
    return (known / total) * Math.max(total, totalRows);
  }, [article, total, totalRows, settings.text]);
  return <RowGrid ref={rowsRef} article={article} count={count} reserve={filling ? reserve : 0} />;
});
