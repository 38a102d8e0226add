import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LibraryListing } from '../../../../electron/contract';
import { call } from '../../api/muwazi';
import { useResource } from '../../api/useResource';
import { AppHeader } from '../../app/AppHeader';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { errorText } from '../../i18n';
import { AllBookmarks } from '../bookmarks/AllBookmarks';
import { LibraryItem } from './LibraryItem';
import { LibraryProblems } from './LibraryProblems';
import './library.css';
import { fileNameTags } from '../../app/FileName';

const loadLibrary = () => call('library:list', {});

function Listing({ listing }: { listing: LibraryListing }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="library-folder muted" data-testid="library-folder">
        <Trans i18nKey="library.folder" values={{ folder: listing.folder }} components={fileNameTags} />
      </p>
      {listing.articles.length === 0 ? (
        <div className="empty-state" data-testid="library-empty">
          <p className="empty-title">{t('library.empty')}</p>
          <p className="muted">
            <Trans i18nKey="library.emptyHint" components={fileNameTags} />
          </p>
        </div>
      ) : (
        <ul className="library-list" aria-label={t('library.listLabel')}>
          {listing.articles.map((article) => (
            <LibraryItem key={article.id} article={article} />
          ))}
        </ul>
      )}
      <LibraryProblems problems={listing.problems} />
    </>
  );
}

export function LibraryView() {
  const { t } = useTranslation();
  const [listing, reload] = useResource('library', loadLibrary);
  useDocumentTitle();
  // Coming back from a long article would otherwise leave the list scrolled out of sight.
  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, []);
  return (
    <>
      <AppHeader />
      <main className="library" data-testid="library">
        <h1 className="library-heading">{t('library.heading')}</h1>
        {listing.status === 'loading' && (
          <p className="status muted" role="status">
            {t('library.loading')}
          </p>
        )}
        {listing.status === 'error' && (
          <div className="status-error" role="alert" data-testid="library-error">
            <p>{t('library.loadFailed')}</p>
            <p className="muted">{errorText(listing.error)}</p>
            <button type="button" className="button" onClick={reload}>
              {t('library.retry')}
            </button>
          </div>
        )}
        {listing.status === 'ready' && <Listing listing={listing.value} />}
        {listing.status === 'ready' && listing.value.articles.length > 0 && <AllBookmarks />}
      </main>
    </>
  );
}
