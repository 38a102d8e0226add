import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { openingWords } from '../annotations/documentOffsets';
import type { ReaderNotes } from '../annotations/useReaderNotes';
import { rowOpening, textDir } from './rowText';

/** The longest bookmark name the core accepts (maxBookmarkNameLength in the annotation model). */
const maxNameLength = 200;

/** Asks for an optional name before a row is bookmarked: Enter saves, an empty name is no name. */
export function BookmarkPrompt({ notes, row }: { notes: ReaderNotes; row: number }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const opening = rowOpening(notes.article, row);
  const { closeBookmarkPrompt } = notes;

  // Escape closes it even after the focus has left it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeBookmarkPrompt();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [closeBookmarkPrompt]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const added = await notes.actions.addBookmark(row, name);
    setBusy(false);
    if (added) notes.closeBookmarkPrompt();
  };

  return (
    <form
      className="bookmark-prompt"
      role="dialog"
      aria-labelledby="bookmark-prompt-label"
      data-testid="bookmark-prompt"
      data-notes-ui=""
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          notes.closeBookmarkPrompt();
        }
      }}
    >
      <label id="bookmark-prompt-label" htmlFor="bookmark-name" className="bookmark-prompt-label">
        <span>{t('bookmarks.promptLabel', { row: formatNumber(row + 1) })}</span>
        {opening && (
          <span
            className={`bookmark-opening text-${opening.lang}`}
            lang={opening.lang}
            dir={textDir[opening.lang]}
          >
            {openingWords(opening.text, 70)}
          </span>
        )}
      </label>
      <div className="bookmark-prompt-fields">
        <input
          id="bookmark-name"
          className="text-input"
          data-testid="bookmark-name"
          dir="auto"
          autoComplete="off"
          maxLength={maxNameLength}
          placeholder={t('bookmarks.namePlaceholder')}
          value={name}
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button primary" data-testid="bookmark-save" disabled={busy}>
          {t('bookmarks.save')}
        </button>
        <button type="button" className="button quiet" onClick={notes.closeBookmarkPrompt}>
          {t('annotations.cancel')}
        </button>
      </div>
    </form>
  );
}
