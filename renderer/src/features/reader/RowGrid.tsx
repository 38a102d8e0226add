import { memo, type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../electron/contract';
import { correctedRows, rowMark } from '../alignment/rowMarks';
import { Row, type RowMarks } from './Row';

interface RowGridProps {
  ref: Ref<HTMLDivElement>;
  article: Article;
  /** How many rows are rendered so far. */
  count: number;
  /** Height in pixels to keep for rows not rendered yet; 0 for none. */
  reserve?: number;
}

/**
 * Rows are rendered in fixed blocks of this many, each memoised and each in an element of its
 * own. A commit that adds rows re-renders only the last block and the new ones, not every row
 * so far (adding 2,000 rows a few at a time would otherwise cost time growing with the square
 * of the count). And the browser, which looks for what lies under a point or in view by
 * walking an element's children, walks 40 blocks and then 50 rows instead of 2,000 rows: hit
 * tests and paints while scrolling cost about what they do on a short page.
 */
const blockSize = 50;

interface RowBlockProps {
  article: Article;
  start: number;
  end: number;
  marks: RowMarks;
  /** The rows the reader set by hand, derived once from the article for every block. */
  corrected: ReadonlySet<number>;
}

/** Rows `start` to `end` (exclusive). */
const RowBlock = memo(function RowBlock({ article, start, end, marks, corrected }: RowBlockProps) {
  const rows = [];
  for (let index = start; index < end; index++) {
    rows.push(
      // Keyed by place: after a correction each place shows its new bead, and a row whose bead
      // and place are unchanged is not rendered again (its props are the same).
      <Row
        key={index}
        index={index}
        bead={article.alignment[index]!}
        ar={article.ar}
        en={article.en}
        mark={rowMark(index, article.confidence, corrected)}
        {...marks}
      />,
    );
  }
  return <div className="row-block">{rows}</div>;
});

/** Both languages in one grid of rows, so each Arabic passage starts level with its English. */
export function RowGrid({ ref, article, count, reserve = 0 }: RowGridProps) {
  const { t, i18n } = useTranslation();
  const notTranslated = t('reader.notTranslated');
  const noArabic = t('reader.noArabic');
  const unsure = t('alignment.unsure');
  const correctedLabel = t('alignment.corrected');
  const lang = i18n.language;
  const dir = i18n.dir();
  const marks = useMemo<RowMarks>(
    () => ({ notTranslated, noArabic, unsure, corrected: correctedLabel, lang, dir }),
    [notTranslated, noArabic, unsure, correctedLabel, lang, dir],
  );
  const corrected = useMemo(() => correctedRows(article.corrected), [article.corrected]);
  const blocks = [];
  for (let start = 0; start < count; start += blockSize) {
    blocks.push(
      <RowBlock
        key={start}
        article={article}
        start={start}
        end={Math.min(count, start + blockSize)}
        marks={marks}
        corrected={corrected}
      />,
    );
  }
  return (
    <div
      className="rows"
      ref={ref}
      data-testid="rows"
      data-count={count}
      style={reserve > 0 ? { minBlockSize: `${Math.round(reserve)}px` } : undefined}
    >
      {blocks}
    </div>
  );
}
