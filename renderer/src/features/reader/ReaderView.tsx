import { useTranslation } from 'react-i18next';
import { AppHeader } from '../../app/AppHeader';
import { errorText } from '../../i18n';
import { BackButton } from './BackButton';
import { Reader } from './Reader';
import './reader.css';
import './toolbar.css';
import './setAside.css';
import { useOpenedArticle } from './useOpenedArticle';

export function ReaderView({ id }: { id: string }) {
  const { t } = useTranslation();
  const [opened, applyAlignment] = useOpenedArticle(id);
  if (opened.status === 'ready') {
    return (
      <Reader
        article={opened.article}
        complete={opened.complete}
        totalRows={opened.totalRows}
        position={opened.position}
        onAlignment={applyAlignment}
      />
    );
  }
  return (
    <>
      <AppHeader start={<BackButton />} />
      <main className="reader-status">
        {opened.status === 'loading' ? (
          <p className="status muted" role="status">
            {t('reader.loading')}
          </p>
        ) : (
          <div className="status-error" role="alert" data-testid="reader-error">
            <p>{t('reader.loadFailed')}</p>
            <p className="muted">{errorText(opened.error)}</p>
          </div>
        )}
      </main>
    </>
  );
}
