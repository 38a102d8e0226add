import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../electron/contract';
import { navigate } from '../../app/useRoute';

export function LibraryItem({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  const percent = Math.round(article.translated * 100);
  return (
    <li className="library-entry">
      <button
        type="button"
        className="library-item"
        data-testid="library-item"
        data-id={article.id}
        onClick={() => navigate({ name: 'read', id: article.id })}
      >
        <span className="library-title-ar" lang="ar" dir="rtl">
          {article.title.ar}
        </span>
        {article.title.en && (
          <span className="library-title-en" lang="en" dir="ltr">
            {article.title.en}
          </span>
        )}
        <span className="library-meta">
          <span>{t('library.paragraphs', { count: article.paragraphs })}</span>
          <span className="library-translated">
            <span className="share-bar" aria-hidden="true">
              <span className="share-bar-fill" style={{ inlineSize: `${percent}%` }} />
            </span>
            <span>{t('library.translated', { percent })}</span>
          </span>
        </span>
      </button>
    </li>
  );
}
