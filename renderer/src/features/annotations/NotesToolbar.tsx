import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { BookmarkAddIcon, BookmarkIcon, HighlighterIcon } from './icons';
import type { ReaderNotes } from './useReaderNotes';

/**
 * The reader's toolbar buttons for bookmarks and highlights, with how many there are. Icons and
 * counts only (the words are in their labels and tooltips): the toolbar is already full.
 */
export function NotesToolbar({ notes }: { notes: ReaderNotes }) {
  const { t } = useTranslation();
  const annotationCount = (notes.view?.anchored.length ?? 0) + (notes.view?.orphaned.length ?? 0);
  const bookmarkCount = notes.view?.bookmarks.length ?? 0;
  return (
    <div className="toolbar notes-toolbar" data-testid="notes-toolbar">
      <button
        type="button"
        className="icon-button"
        data-testid="bookmark-add"
        title={t('bookmarks.addTitle')}
        aria-label={t('bookmarks.addTitle')}
        aria-keyshortcuts="B"
        onClick={() => notes.askBookmark()}
      >
        <BookmarkAddIcon />
      </button>
      <button
        type="button"
        className="button quiet"
        data-testid="bookmarks-toggle"
        aria-expanded={notes.panel === 'bookmarks'}
        aria-controls="bookmarks-panel"
        title={t('bookmarks.toggleTitle', { count: bookmarkCount })}
        onClick={() => notes.togglePanel('bookmarks')}
      >
        <BookmarkIcon />
        <span className="visually-hidden">{t('bookmarks.heading')}</span>
        <span className="badge" data-testid="bookmarks-count">
          {formatNumber(bookmarkCount)}
        </span>
      </button>
      <button
        type="button"
        className="button quiet"
        data-testid="annotations-toggle"
        aria-expanded={notes.panel === 'annotations'}
        aria-controls="annotations-panel"
        title={t('annotations.toggleTitle', { count: annotationCount })}
        onClick={() => notes.togglePanel('annotations')}
      >
        <HighlighterIcon />
        <span className="visually-hidden">{t('annotations.toggle')}</span>
        <span className="badge" data-testid="annotations-count">
          {formatNumber(annotationCount)}
        </span>
      </button>
    </div>
  );
}
