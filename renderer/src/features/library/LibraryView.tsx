import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LibraryListing } from '../../../../electron/contract';
import { AppHeader } from '../../app/AppHeader';
import { fileNameTags } from '../../app/FileName';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { errorText } from '../../i18n';
import { AllBookmarks } from '../bookmarks/AllBookmarks';
import { ImportButton } from '../import/ImportButton';
import { ImportStatus } from '../import/ImportStatus';
import { useDropImport } from '../import/useDropImport';
import { arrange, type LibrarySort, saveSort, savedSort } from './arrange';
import { LibraryFolder } from './LibraryFolder';
import { LibraryItem } from './LibraryItem';
import { LibraryProblems } from './LibraryProblems';
import { LibraryToolbar } from './LibraryToolbar';
import { useLibraryListing } from './useLibraryListing';
import './library.css';

function Listing({ listing, onChanged }: { listing: LibraryListing; onChanged: () => void }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<LibrarySort>(savedSort);
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => arrange(listing.articles, sort, filter), [listing.articles, sort, filter]);
  return (
    <>
      {listing.articles.length === 0 ? (
        <div className="empty-state" data-testid="library-empty">
          <p className="empty-title">{t('library.empty')}</p>
          <p className="muted">
            <Trans i18nKey="library.emptyHint" components={fileNameTags} />
          </p>
        </div>
      ) : (
        <>
          <LibraryToolbar
            sort={sort}
            onSort={(next) => {
              setSort(next);
              saveSort(next);
            }}
            filter={filter}
            onFilter={setFilter}
          />
          {shown.length === 0 ? (
            <p className="muted" data-testid="library-no-match">
              {t('library.noMatch')}
            </p>
          ) : (
            <ul className="library-list" aria-label={t('library.listLabel')}>
              {shown.map((article) => (
                <LibraryItem key={article.id} article={article} onChanged={onChanged} />
              ))}
            </ul>
          )}
        </>
      )}
      <LibraryProblems problems={listing.problems} />
    </>
  );
}

export function LibraryView() {
  const { t } = useTranslation();
  const [listing, reload] = useLibraryListing();
  const { dragging, handlers } = useDropImport();
  useDocumentTitle();
  // Coming back from a long article would otherwise leave the list scrolled out of sight.
  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, []);
  return (
    <>
      <AppHeader />
      <main className="library" data-testid="library" data-dragging={dragging || undefined} {...handlers}>
        <div className="library-heading-row">
          <h1 className="library-heading">{t('library.heading')}</h1>
          <ImportButton />
        </div>
        <LibraryFolder folder={listing.status === 'ready' ? listing.value.folder : undefined} />
        <ImportStatus />
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
        {listing.status === 'ready' && <Listing listing={listing.value} onChanged={reload} />}
        {listing.status === 'ready' && listing.value.articles.length > 0 && <AllBookmarks />}
        {dragging && (
          <div className="drop-zone" data-testid="drop-zone" aria-hidden="true">
            <p>{t('import.dropHere')}</p>
          </div>
        )}
      </main>
    </>
  );
}
