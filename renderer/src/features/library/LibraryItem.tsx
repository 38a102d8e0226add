import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../electron/contract';
import { navigate } from '../../app/useRoute';
import { baseName } from './baseName';
import { RenameForm } from './RenameForm';
import { TrashConfirm } from './TrashConfirm';

type Mode = 'view' | 'rename' | 'trash';

interface LibraryItemProps {
  article: ArticleSummary;
  /** Called after a rename or a move to the trash, so the list shows it at once. */
  onChanged: () => void;
}

export function LibraryItem({ article, onChanged }: LibraryItemProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const percent = Math.round(article.translated * 100);
  const done = () => {
    setMode('view');
    onChanged();
  };
  return (
    <li className="library-entry" data-file={article.file}>
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
          <bdi className="file-name library-file" dir="ltr" data-testid="library-file">
            {baseName(article.file)}
          </bdi>
        </span>
      </button>
      {mode === 'view' && (
        <div className="library-actions">
          <button
            type="button"
            className="button quiet"
            data-testid="library-rename"
            aria-label={t('library.renameLabel', { name: baseName(article.file) })}
            onClick={() => setMode('rename')}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="button quiet"
            data-testid="library-delete"
            aria-label={t('library.trashLabel', { name: baseName(article.file) })}
            onClick={() => setMode('trash')}
          >
            {t('library.trash')}
          </button>
        </div>
      )}
      {mode === 'rename' && <RenameForm article={article} onDone={done} onCancel={() => setMode('view')} />}
      {mode === 'trash' && <TrashConfirm article={article} onDone={done} onCancel={() => setMode('view')} />}
    </li>
  );
}
