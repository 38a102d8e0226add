import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { AnnotationItem, quotedText } from './AnnotationItem';
import { Drawer } from './Drawer';
import { inReadingOrder } from './documentOffsets';
import { exportNotes, importNotes } from './exportImport';
import { DownloadIcon, UploadIcon } from './icons';
import { jumpToNote } from './jump';
import type { ReaderNotes } from './useReaderNotes';

const importTypes = '.json,.jsonld,application/ld+json,application/json';

/** The article's highlights and notes in reading order, those no longer found, export and import. */
export function AnnotationsPanel({ notes }: { notes: ReaderNotes }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const { article, view, actions } = notes;
  const placed = useMemo(() => inReadingOrder(article, view?.anchored ?? []), [article, view]);
  const orphaned = view?.orphaned ?? [];
  const total = placed.length + orphaned.length;

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again is a change too.
    input.value = '';
    if (file && (await importNotes(article.id, file))) await actions.reload();
  };

  return (
    <Drawer
      id="annotations-panel"
      testId="annotations-panel"
      title={t('annotations.heading')}
      onClose={notes.closePanel}
    >
      <div className="notes-panel-tools">
        <button
          type="button"
          className="button"
          data-testid="export-md"
          onClick={() => void exportNotes(article.id, 'md')}
        >
          <DownloadIcon />
          {t('annotations.exportMarkdown')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="export-json"
          onClick={() => void exportNotes(article.id, 'json')}
        >
          <DownloadIcon />
          {t('annotations.exportJson')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="import-json"
          onClick={() => fileInput.current?.click()}
        >
          <UploadIcon />
          {t('annotations.importJson')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={importTypes}
          hidden
          data-testid="import-file"
          onChange={(event) => void onFile(event.currentTarget)}
        />
      </div>

      {view === null && notes.error === null && <p className="muted">{t('app.loading')}</p>}
      {notes.error && <p className="notes-panel-error">{t('annotations.loadFailed')}</p>}
      {view && total === 0 && <p className="notes-panel-empty muted">{t('annotations.empty')}</p>}

      {placed.length > 0 && (
        <ol className="notes-list" aria-label={t('annotations.listLabel', { count: placed.length })}>
          {placed.map(({ note, row }) => (
            <AnnotationItem
              key={note.annotation.id}
              annotation={note.annotation}
              quote={quotedText(article, note.annotation.lang, note.start, note.end)}
              row={row === -1 ? null : row}
              onJump={() => {
                const root = notes.rowsRef.current;
                if (root) jumpToNote(root, article, note);
              }}
              onUpdate={(change) => actions.updateAnnotation(note.annotation.id, change)}
              onDelete={() => void actions.removeAnnotation(note.annotation)}
            />
          ))}
        </ol>
      )}

      {orphaned.length > 0 && (
        <section
          className="notes-orphans"
          data-testid="orphaned-annotations"
          aria-labelledby="orphans-heading"
        >
          <h3 id="orphans-heading">
            {t('annotations.orphanedHeading')} <span className="badge">{formatNumber(orphaned.length)}</span>
          </h3>
          <p className="muted notes-orphans-intro">{t('annotations.orphanedIntro')}</p>
          <ol className="notes-list">
            {orphaned.map((annotation) => (
              <AnnotationItem
                key={annotation.id}
                annotation={annotation}
                quote={annotation.target.selectors.quote.exact}
                row={null}
                orphaned
                onUpdate={(change) => actions.updateAnnotation(annotation.id, change)}
                onDelete={() => void actions.removeAnnotation(annotation)}
              />
            ))}
          </ol>
        </section>
      )}
    </Drawer>
  );
}
