import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../electron/contract';
import { Row } from './Row';

interface RowGridProps {
  ref: Ref<HTMLDivElement>;
  article: Article;
  /** How many rows are rendered so far. */
  count: number;
}

/** Both languages in one grid of rows, so each Arabic passage starts level with its English. */
export function RowGrid({ ref, article, count }: RowGridProps) {
  const { t, i18n } = useTranslation();
  const notTranslated = t('reader.notTranslated');
  const noArabic = t('reader.noArabic');
  const lang = i18n.language;
  const dir = i18n.dir();
  const rows = article.alignment.slice(0, count).map((bead, index) => (
    <Row
      // Beads never move within an open article, so the index is a stable key.
      // biome-ignore lint/suspicious/noArrayIndexKey: see above
      key={index}
      index={index}
      bead={bead}
      ar={article.ar}
      en={article.en}
      notTranslated={notTranslated}
      noArabic={noArabic}
      lang={lang}
      dir={dir}
    />
  ));
  return (
    <div className="rows" ref={ref} data-testid="rows" data-count={count}>
      {rows}
    </div>
  );
}
