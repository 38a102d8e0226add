import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Drawer } from '../annotations/Drawer';
import { BookmarkAddIcon } from '../annotations/icons';
import type { ReaderNotes } from '../annotations/useReaderNotes';
import { BookmarkItem } from './BookmarkItem';
import { flashRow, scrollToRow } from './rowScroll';
import { rowOpening } from './rowText';

/** The article's bookmarks by row: jump, rename, delete; those whose paragraph is gone, apart. */
export function BookmarksPanel({ notes }: { notes: ReaderNotes }) {
  const { t } = useTranslation();
  const { article, view, actions } = notes;
  const { found, lost } = useMemo(() => {
    const all = view?.bookmarks ?? [];
    return {
      found: all
        .filter((item) => item.row !== null)
        .sort((a, b) => a.row! - b.row! || a.bookmark.created.localeCompare(b.bookmark.created)),
      lost: all.filter((item) => item.row === null),
    };
  }, [view]);

  const quoteOf = (bookmark: (typeof found)[number]['bookmark']) => ({
    lang: bookmark.lang,
    text: bookmark.quote.exact,
  });

  return (
    <Drawer
      id="bookmarks-panel"
      testId="bookmarks-panel"
      title={t('bookmarks.heading')}
      onClose={notes.closePanel}
    >
      <div className="notes-panel-tools">
        <button
          type="button"
          className="button"
          data-testid="bookmark-add-top"
          onClick={() => notes.askBookmark()}
        >
          <BookmarkAddIcon />
          {t('bookmarks.addTop')}
        </button>
      </div>
      {view && found.length === 0 && lost.length === 0 && (
        <p className="notes-panel-empty muted">{t('bookmarks.empty')}</p>
      )}
      {found.length > 0 && (
        <ol className="notes-list">
          {found.map(({ bookmark, row }) => (
            <BookmarkItem
              key={bookmark.id}
              bookmark={bookmark}
              row={row}
              opening={rowOpening(article, row!) ?? quoteOf(bookmark)}
              onJump={() => {
                const root = notes.rowsRef.current;
                if (root) scrollToRow(root, row!, flashRow);
              }}
              onRename={(name) => void actions.renameBookmark(bookmark.id, name)}
              onDelete={() => void actions.removeBookmark(bookmark)}
            />
          ))}
        </ol>
      )}
      {lost.length > 0 && (
        <section
          className="notes-orphans"
          data-testid="orphaned-bookmarks"
          aria-labelledby="lost-bookmarks-heading"
        >
          <h3 id="lost-bookmarks-heading">{t('annotations.orphanedHeading')}</h3>
          <p className="muted notes-orphans-intro">{t('bookmarks.orphanedIntro')}</p>
          <ol className="notes-list">
            {lost.map(({ bookmark }) => (
              <BookmarkItem
                key={bookmark.id}
                bookmark={bookmark}
                row={null}
                opening={quoteOf(bookmark)}
                onRename={(name) => void actions.renameBookmark(bookmark.id, name)}
                onDelete={() => void actions.removeBookmark(bookmark)}
              />
            ))}
          </ol>
        </section>
      )}
    </Drawer>
  );
}
