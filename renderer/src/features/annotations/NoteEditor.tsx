import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The longest note the core accepts (maxNoteLength in the annotation model). */
const maxNoteLength = 50_000;

const onMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface NoteEditorProps {
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A note's text: Ctrl/Cmd+Enter saves, Escape cancels. Notes may be in either language. */
export function NoteEditor({ initial, onSave, onCancel }: NoteEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const hintId = useId();

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    onSave(text.trim());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      // Handled here, so a panel behind the editor stays open.
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form className="note-editor" data-testid="note-editor" onSubmit={save}>
      <textarea
        className="note-text"
        data-testid="note-text"
        dir="auto"
        rows={4}
        maxLength={maxNoteLength}
        aria-label={t('annotations.noteLabel')}
        aria-describedby={hintId}
        placeholder={t('annotations.notePlaceholder')}
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="note-editor-actions">
        <span id={hintId} className="note-hint muted">
          {t(onMac ? 'annotations.saveHintMac' : 'annotations.saveHint')}
        </span>
        <button type="button" className="button quiet" data-testid="note-cancel" onClick={onCancel}>
          {t('annotations.cancel')}
        </button>
        <button type="submit" className="button primary" data-testid="note-save">
          {t('annotations.save')}
        </button>
      </div>
    </form>
  );
}
