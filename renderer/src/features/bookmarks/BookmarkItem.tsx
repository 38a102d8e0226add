import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark, Lang } from '../../../../electron/contract';
import { formatNumber } from '../../i18n';
import { openingWords } from '../annotations/documentOffsets';
import { PencilIcon, TrashIcon } from '../annotations/icons';
import { textDir } from './rowText';

interface BookmarkItemProps {
  bookmark: Bookmark;
  /** The row it is on now; null when its paragraph is no longer in the text. */
  row: number | null;
  opening: { lang: Lang; text: string };
  onJump?: () => void;
  onRename: (name: string | null) => void;
  onDelete: () => void;
}

/** The label a bookmark is known by: its name, or the opening words of its paragraph. */
export function BookmarkLabel({
  name,
  opening,
}: {
  name?: string | undefined;
  opening: { lang: Lang; text: string };
}) {
  return name ? (
    <span className="bookmark-name" dir="auto">
      {name}
    </span>
  ) : (
    <span className={`bookmark-opening text-${opening.lang}`} lang={opening.lang} dir={textDir[opening.lang]}>
      {openingWords(opening.text)}
    </span>
  );
}

export function BookmarkItem({ bookmark, row, opening, onJump, onRename, onDelete }: BookmarkItemProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(bookmark.name ?? '');

  const save = (event: FormEvent) => {
    event.preventDefault();
    setRenaming(false);
    if (name.trim() !== (bookmark.name ?? '')) onRename(name.trim() || null);
  };

  const label = (
    <>
      <BookmarkLabel name={bookmark.name} opening={opening} />
      <span className="bookmark-where muted">
        {row === null ? t('bookmarks.notFound') : t('bookmarks.rowLabel', { row: formatNumber(row + 1) })}
      </span>
    </>
  );

  return (
    <li className="bookmark-item" data-testid="bookmark-item" data-row={row ?? undefined}>
      {renaming ? (
        <form className="bookmark-rename" onSubmit={save}>
          <input
            className="text-input"
            data-testid="bookmark-rename-input"
            dir="auto"
            maxLength={200}
            aria-label={t('bookmarks.nameLabel')}
            placeholder={t('bookmarks.namePlaceholder')}
            value={name}
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                setName(bookmark.name ?? '');
                setRenaming(false);
              }
            }}
          />
          <button type="submit" className="button primary">
            {t('bookmarks.save')}
          </button>
        </form>
      ) : onJump ? (
        <button type="button" className="bookmark-jump" data-testid="bookmark-jump" onClick={onJump}>
          {label}
        </button>
      ) : (
        <div className="bookmark-jump">{label}</div>
      )}
      {!renaming && (
        <span className="bookmark-actions">
          <button
            type="button"
            className="icon-button"
            data-testid="bookmark-rename"
            aria-label={t('bookmarks.rename')}
            title={t('bookmarks.rename')}
            onClick={() => setRenaming(true)}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className="icon-button danger"
            data-testid="bookmark-delete"
            aria-label={t('bookmarks.delete')}
            title={t('bookmarks.delete')}
            onClick={onDelete}
          >
            <TrashIcon />
          </button>
        </span>
      )}
    </li>
  );
}
