import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Article, HighlightColor, Lang } from '../../../../electron/contract';
import { formatNumber } from '../../i18n';
import { ColorSwatches } from './ColorSwatches';
import { spanPieces } from './documentOffsets';
import { PencilIcon, TrashIcon } from './icons';
import { NoteEditor } from './NoteEditor';

const textDir: Record<Lang, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

/** The words an anchored annotation covers in the article's current text. */
export function quotedText(
  article: Pick<Article, 'ar' | 'en'>,
  lang: Lang,
  start: number,
  end: number,
): string {
  const paragraphs = article[lang];
  return spanPieces(paragraphs, start, end)
    .map((piece) => paragraphs[piece.paragraph]!.text.slice(piece.from, piece.to))
    .join('\n');
}

interface AnnotationItemProps {
  annotation: Annotation;
  quote: string;
  /** Row the passage is read in, when it is known. */
  row: number | null;
  /** A passage no longer found in the text. */
  orphaned?: boolean;
  onJump?: () => void;
  onUpdate: (change: { color?: HighlightColor; note?: string | null }) => Promise<void>;
  onDelete: () => void;
}

/** One highlight in the list: its colour, the words, the note; edit and delete. */
export function AnnotationItem({
  annotation,
  quote,
  row,
  orphaned = false,
  onJump,
  onUpdate,
  onDelete,
}: AnnotationItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const lang = annotation.lang;
  const color = annotation.body.color;

  const quoteBlock = (
    <>
      <span className="color-dot" data-color={color} role="img" aria-label={t(`colors.${color}`)} />
      <span className={`annotation-quote text-${lang}`} lang={lang} dir={textDir[lang]}>
        {quote}
      </span>
    </>
  );

  return (
    <li
      className="annotation-item"
      data-testid={orphaned ? 'orphaned-item' : 'annotation-item'}
      data-annotation-id={annotation.id}
    >
      {onJump ? (
        <button
          type="button"
          className="annotation-jump"
          data-testid="annotation-jump"
          title={t('annotations.jump')}
          onClick={onJump}
        >
          {quoteBlock}
        </button>
      ) : (
        <div className="annotation-jump">{quoteBlock}</div>
      )}
      {annotation.body.note && !editing && (
        <p className="annotation-note" dir="auto" data-testid="annotation-note">
          {annotation.body.note}
        </p>
      )}
      {editing ? (
        <div className="annotation-editing">
          <ColorSwatches selected={color} onPick={(next) => void onUpdate({ color: next })} />
          <NoteEditor
            initial={annotation.body.note ?? ''}
            onCancel={() => setEditing(false)}
            onSave={(note) => {
              setEditing(false);
              void onUpdate({ note: note === '' ? null : note });
            }}
          />
        </div>
      ) : (
        <div className="annotation-meta">
          <span className="muted">
            {row === null
              ? t(`languageNames.${lang}`)
              : t('annotations.where', { lang: t(`languageNames.${lang}`), row: formatNumber(row + 1) })}
          </span>
          <span className="annotation-actions">
            <button
              type="button"
              className="icon-button"
              data-testid="annotation-edit"
              aria-label={t('annotations.edit')}
              title={t('annotations.edit')}
              onClick={() => setEditing(true)}
            >
              <PencilIcon />
            </button>
            <button
              type="button"
              className="icon-button danger"
              data-testid="annotation-delete"
              aria-label={t('annotations.delete')}
              title={t('annotations.delete')}
              onClick={onDelete}
            >
              <TrashIcon />
            </button>
          </span>
        </div>
      )}
    </li>
  );
}
